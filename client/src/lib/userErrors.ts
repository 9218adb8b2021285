/** A userError as every mutation payload returns it. */
export interface UserErrorLike {
  field?: readonly string[] | null;
  message: string;
  code: string;
}

/** Errors of a form: messages by field name, and those that concern the whole form. */
export interface FormErrors {
  fields: Readonly<Record<string, string>>;
  general: readonly string[];
  /** Every code seen, to react to STALE, SIGN_IN_REQUIRED and the like. */
  codes: ReadonlySet<string>;
}

export const NO_ERRORS: FormErrors = { fields: {}, general: [], codes: new Set() };

/** ["input", "contacts", "0", "email"] → "contacts.0.email"; null for a whole-input error. */
export function fieldKey(path: readonly string[] | null | undefined): string | null {
  if (!path?.length) return null;
  const rest = path[0] === 'input' ? path.slice(1) : path;
  return rest.length ? rest.join('.') : null;
}

/**
 * Sorts userErrors into the fields of a form. An error for a field the form does not show (or for
 * no field) goes to `general`, so no message is ever lost; several errors on one field are joined.
 */
export function toFormErrors(errors: readonly UserErrorLike[], formFields?: Iterable<string>): FormErrors {
  const known = formFields ? new Set(formFields) : null;
  const fields: Record<string, string> = {};
  const general: string[] = [];
  const codes = new Set<string>();
  for (const error of errors) {
    codes.add(error.code);
    const key = fieldKey(error.field);
    if (key !== null && (!known || known.has(key))) {
      fields[key] = fields[key] ? `${fields[key]} ${error.message}` : error.message;
    } else {
      general.push(error.message);
    }
  }
  return { fields, general, codes };
}

/** Whether the form has anything to show. */
export function hasErrors(errors: FormErrors): boolean {
  return errors.general.length > 0 || Object.keys(errors.fields).length > 0;
}

/** The messages of userErrors as one text, for a notice that has no form fields to put them beside. */
export function messagesOf(errors: readonly Pick<UserErrorLike, 'message'>[]): string {
  return errors.map((error) => error.message).join(' ');
}
