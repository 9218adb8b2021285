import { createHash, randomBytes } from 'node:crypto';

/** A new random secret (256 bits, base64url) with a readable prefix, and the hash to store. */
export function newSecret(prefix: string): { secret: string; hash: string } {
  const secret = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { secret, hash: hashSecret(secret) };
}

/** SHA-256 is enough here: secrets are 256 random bits, not guessable passwords. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
