import { PASSWORD_MIN_LENGTH, type PasswordOwner, passwordProblem } from '@partnerhub/shared';

// Only entries as long as a password may be can ever match (a few hundred of the list's 49,000).
// The dictionaries take 8 MB of heap, so an instance loads them when a password is first chosen.
let common: Promise<Set<string>> | undefined;
function commonPasswords(): Promise<Set<string>> {
  common ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) =>
      new Set(
        dictionary['passwords-common']
          .filter((p) => p.length >= PASSWORD_MIN_LENGTH)
          .map((p) => p.toLowerCase()),
      ),
  );
  return common;
}

/**
 * Why a new password is refused, or null: the shared rules (length, characters, e-mail address) and,
 * on the server only, the list of very common passwords that zxcvbn maintains, in any case.
 */
export async function newPasswordProblem(password: string, owner: PasswordOwner): Promise<string | null> {
  const problem = passwordProblem(password, owner);
  if (problem) return problem;
  if ((await commonPasswords()).has(password.toLowerCase()))
    return 'This password is one of the most common ones and is guessed first. Choose another, for example a short sentence.';
  return null;
}
