import { readonly, ref, shallowRef, type Ref } from 'vue';
import { errorCode, GraphQLRequestError } from '@/app/graphql/client';
import { type FormErrors, NO_ERRORS, toFormErrors, type UserErrorLike } from '@/lib/userErrors';

export interface FormController {
  /** Prefix of the ids of the form's fields and messages. */
  id: string;
  /** Field names and their labels, as the error summary names them. */
  labels: Readonly<Record<string, string>>;
  errors: Readonly<Ref<FormErrors>>;
  submitting: Readonly<Ref<boolean>>;
  /** Counts failed submits; the error summary moves focus to itself whenever it grows. */
  failures: Readonly<Ref<number>>;
  fieldId(name: string): string;
  errorId(name: string): string;
  /**
   * Runs a mutation unless `validate` finds problems first. Returns the payload when it has no
   * userErrors; otherwise shows them (and any request failure) and returns null.
   */
  submit<T extends { userErrors: readonly UserErrorLike[] }>(
    run: () => Promise<T>,
    options?: { validate?: () => UserErrorLike[] },
  ): Promise<T | null>;
  /** Shows errors found outside `submit`. */
  fail(errors: readonly UserErrorLike[]): void;
  clear(): void;
}

/** A userError for a field of the form, for client-side checks. */
export function fieldError(field: string, message: string): UserErrorLike {
  return { field: ['input', ...field.split('.')], message, code: 'INVALID' };
}

/** The sentence a person sees when a request fails without userErrors. */
export function requestFailureMessage(error: unknown): string {
  const code = errorCode(error);
  if (code === 'FORBIDDEN') return 'You don’t have permission to do this.';
  if (code === 'UNAUTHENTICATED') return 'Your session has ended. Sign in again to continue.';
  if (error instanceof GraphQLRequestError && error.status === null)
    return 'PartnerHub could not be reached. Check your connection and try again.';
  return error instanceof Error ? error.message : 'Something went wrong. Try again.';
}

/** State of one form: its errors by field, whether it is being sent, and the submit wrapper. */
export function useForm(id: string, labels: Record<string, string>): FormController {
  const errors = shallowRef<FormErrors>(NO_ERRORS);
  const submitting = ref(false);
  const failures = ref(0);

  function fail(list: readonly UserErrorLike[]): void {
    errors.value = toFormErrors(list, Object.keys(labels));
    failures.value += 1;
  }

  async function submit<T extends { userErrors: readonly UserErrorLike[] }>(
    run: () => Promise<T>,
    options: { validate?: () => UserErrorLike[] } = {},
  ): Promise<T | null> {
    if (submitting.value) return null;
    const problems = options.validate?.() ?? [];
    if (problems.length) {
      fail(problems);
      return null;
    }
    submitting.value = true;
    errors.value = NO_ERRORS;
    try {
      const payload = await run();
      if (payload.userErrors.length) {
        fail(payload.userErrors);
        return null;
      }
      return payload;
    } catch (error) {
      fail([
        { field: null, message: requestFailureMessage(error), code: errorCode(error) ?? 'REQUEST_FAILED' },
      ]);
      return null;
    } finally {
      submitting.value = false;
    }
  }

  return {
    id,
    labels,
    errors: readonly(errors),
    submitting: readonly(submitting),
    failures: readonly(failures),
    fieldId: (name) => `${id}-${name.replace(/\./g, '-')}`,
    errorId: (name) => `${id}-${name.replace(/\./g, '-')}-error`,
    submit,
    fail,
    clear: () => {
      errors.value = NO_ERRORS;
    },
  };
}
