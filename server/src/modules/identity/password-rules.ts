import { PASSWORD_MIN_LENGTH, type PasswordOwner, passwordProblem } from '@partnerhub/shared';
import { dictionary } from '@zxcvbn-ts/language-common';

// Only entries as long as a password may be can ever match (a few hundred of the list's 49,000).
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(
    dictionary['passwords-common'].filter((p) => p.length >= PASSWORD_MIN_LENGTH).map((p) => p.toLowerCase()),
  );
  return common;
}

/**
 * Why a new password is refused, or null: the shared rules (length, characters, e-mail address) and,
 * on the server only, the list of very common passwords that zxcvbn maintains, in any case.
 */
export function newPasswordProblem(password: string, owner: PasswordOwner): string | null {
  const problem = passwordProblem(password, owner);
  if (problem) return problem;
  if (commonPasswords().has(password.toLowerCase()))
    return 'This password is one of the most common ones and is guessed first. Choose another, for example a short sentence.';
  return null;
}
