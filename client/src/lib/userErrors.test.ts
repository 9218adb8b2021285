import { describe, expect, it } from 'vitest';
import { fieldKey, hasErrors, messagesOf, NO_ERRORS, toFormErrors } from './userErrors';

describe('fieldKey', () => {
  it('drops the leading "input" and joins the rest', () => {
    expect(fieldKey(['input', 'email'])).toBe('email');
    expect(fieldKey(['input', 'contacts', '0', 'email'])).toBe('contacts.0.email');
    expect(fieldKey(['token'])).toBe('token');
  });

  it('is null for errors about the whole input', () => {
    expect(fieldKey(null)).toBeNull();
    expect(fieldKey(undefined)).toBeNull();
    expect(fieldKey([])).toBeNull();
    expect(fieldKey(['input'])).toBeNull();
  });
});

describe('toFormErrors', () => {
  it('puts field errors next to their fields and the rest at the top', () => {
    const errors = toFormErrors(
      [
        { field: ['input', 'email'], message: 'Enter an e-mail address.', code: 'INVALID' },
        { field: null, message: 'E-mail or password is wrong.', code: 'INVALID_CREDENTIALS' },
      ],
      ['email', 'password'],
    );
    expect(errors.fields).toEqual({ email: 'Enter an e-mail address.' });
    expect(errors.general).toEqual(['E-mail or password is wrong.']);
    expect([...errors.codes]).toEqual(['INVALID', 'INVALID_CREDENTIALS']);
    expect(hasErrors(errors)).toBe(true);
  });

  it('shows an error for a field the form does not have at the top instead of losing it', () => {
    const errors = toFormErrors(
      [{ field: ['input', 'id'], message: 'Unknown district.', code: 'NOT_FOUND' }],
      ['name'],
    );
    expect(errors.fields).toEqual({});
    expect(errors.general).toEqual(['Unknown district.']);
  });

  it('keeps every field when the form does not list its fields', () => {
    const errors = toFormErrors([{ field: ['input', 'anything'], message: 'Bad.', code: 'INVALID' }]);
    expect(errors.fields).toEqual({ anything: 'Bad.' });
  });

  it('joins several errors on one field', () => {
    const errors = toFormErrors(
      [
        { field: ['input', 'password'], message: 'Too short.', code: 'INVALID' },
        { field: ['input', 'password'], message: 'Too simple.', code: 'INVALID' },
      ],
      ['password'],
    );
    expect(errors.fields.password).toBe('Too short. Too simple.');
  });

  it('knows when there is nothing to show', () => {
    expect(hasErrors(NO_ERRORS)).toBe(false);
    expect(hasErrors(toFormErrors([]))).toBe(false);
  });
});

describe('messagesOf', () => {
  it('joins every message, field errors included, in order', () => {
    const errors = [
      { field: ['input', 'version'], message: 'Someone else changed this.', code: 'STALE' },
      { field: null, message: 'Try again.', code: 'INVALID' },
    ];
    expect(messagesOf(errors)).toBe('Someone else changed this. Try again.');
    expect(messagesOf([])).toBe('');
  });
});
