import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '@/app/graphql/client';
import { fieldError, requestFailureMessage, useForm } from './useForm';

const LABELS = { email: 'E-mail address', role: 'Role' };

describe('useForm', () => {
  it('returns the payload when it has no userErrors', async () => {
    const form = useForm('invite', LABELS);
    const payload = await form.submit(async () => ({ userErrors: [], invitation: { id: 'i1' } }));
    expect(payload?.invitation.id).toBe('i1');
    expect(form.failures.value).toBe(0);
    expect(form.submitting.value).toBe(false);
  });

  it('shows userErrors next to their fields, counts the failure and returns null', async () => {
    const form = useForm('invite', LABELS);
    const payload = await form.submit(async () => ({
      userErrors: [
        { field: ['input', 'email'], message: 'Enter a valid e-mail address.', code: 'INVALID' },
        { field: ['input', 'organizationId'], message: 'You may not invite people here.', code: 'FORBIDDEN' },
      ],
    }));
    expect(payload).toBeNull();
    expect(form.errors.value.fields).toEqual({ email: 'Enter a valid e-mail address.' });
    expect(form.errors.value.general).toEqual(['You may not invite people here.']);
    expect(form.failures.value).toBe(1);
    expect(form.fieldId('email')).toBe('invite-email');
    expect(form.errorId('email')).toBe('invite-email-error');
  });

  it('does not call the API when the form’s own checks fail', async () => {
    const form = useForm('invite', LABELS);
    let called = false;
    const payload = await form.submit(
      async () => {
        called = true;
        return { userErrors: [] };
      },
      { validate: () => [fieldError('email', 'Enter the e-mail address to invite.')] },
    );
    expect(payload).toBeNull();
    expect(called).toBe(false);
    expect(form.errors.value.fields.email).toBe('Enter the e-mail address to invite.');
  });

  it('turns a failed request into a message at the top and clears it on the next try', async () => {
    const form = useForm('invite', LABELS);
    await form.submit(async () => {
      throw new GraphQLRequestError('Forbidden', 200, [{ message: 'No', extensions: { code: 'FORBIDDEN' } }]);
    });
    expect(form.errors.value.general).toEqual(['You don’t have permission to do this.']);
    expect(form.errors.value.codes.has('FORBIDDEN')).toBe(true);
    await form.submit(async () => ({ userErrors: [] }));
    expect(form.errors.value.general).toEqual([]);
  });
});

describe('requestFailureMessage', () => {
  it('says what happened in words', () => {
    expect(requestFailureMessage(new GraphQLRequestError('x', null))).toMatch(/could not be reached/);
    expect(
      requestFailureMessage(
        new GraphQLRequestError('x', 200, [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }]),
      ),
    ).toMatch(/Sign in again/);
    expect(requestFailureMessage(new Error('Unexpected error.'))).toBe('Unexpected error.');
  });
});
