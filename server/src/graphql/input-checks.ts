import { ErrorCode, normalizeEmail, textProblem } from '@partnerhub/shared';
import { type UserError, userError } from './user-errors.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Collects every problem of one input, so a form can show all of them at once. */
export class InputChecks {
  readonly errors: UserError[] = [];

  get ok(): boolean {
    return this.errors.length === 0;
  }

  fail(field: string | null, message: string, code: ErrorCode = ErrorCode.INVALID): void {
    this.errors.push(userError(field, message, code));
  }

  /**
   * A trimmed text that can be stored (`textProblem`); null for blank optional values. Texts that may
   * be longer than 300 characters (descriptions, notes) may span lines, shorter ones (names, titles)
   * are one line, unless `multiline` says otherwise.
   */
  text(
    field: string,
    value: string | null | undefined,
    {
      max,
      required = false,
      multiline = max > 300,
    }: { max: number; required?: boolean; multiline?: boolean },
  ) {
    const trimmed = value?.trim() ?? '';
    if (!trimmed) {
      if (required) this.fail(field, 'This is required.');
      return null;
    }
    const problem = textProblem(trimmed, { multiline });
    if (problem) this.fail(field, problem);
    else if (trimmed.length > max)
      this.fail(field, `Use at most ${max} characters (this has ${trimmed.length}).`);
    return trimmed;
  }

  url(field: string, value: string | null | undefined) {
    const text = this.text(field, value, { max: 500 });
    if (text === null) return null;
    try {
      const url = new URL(text);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.toString();
    } catch {
      // reported below
    }
    this.fail(field, 'Enter a full web address starting with https://.');
    return null;
  }

  email(field: string, value: string | null | undefined, { required = false } = {}) {
    const text = this.text(field, value, { max: 320, required });
    if (text === null) return null;
    const email = normalizeEmail(text);
    if (!email) this.fail(field, 'Enter an e-mail address like name@example.org.');
    return email;
  }

  date(field: string, value: string | null | undefined) {
    if (value === null || value === undefined || value === '') return null;
    // The round trip refuses days that Date would roll over (2026-02-30 → 2026-03-02).
    const parsed = DATE.test(value) ? new Date(`${value}T00:00:00Z`) : null;
    if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
      this.fail(field, 'Enter a date as YYYY-MM-DD.');
      return null;
    }
    return value;
  }

  /** Reports when both dates are given and `to` is before `from`. */
  dateOrder(fromField: string, from: string | null, toField: string, to: string | null): void {
    if (from && to && to < from)
      this.fail(toField, `This date must be on or after ${fromField.split('.').pop()}.`);
  }
}
