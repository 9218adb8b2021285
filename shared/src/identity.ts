import { textProblem } from './text.js';

/**
 * What a member may do in one organization. District roles belong to a district, partner roles to a
 * partner, state roles to a state agency and reach every district of its state.
 */
export const Role = {
  DISTRICT_ADMIN: 'DISTRICT_ADMIN',
  DISTRICT_STAFF: 'DISTRICT_STAFF',
  /**
   * A state agency's manager: its members, the districts of its state, provider criteria, decisions.
   * Reads every district of the state.
   */
  STATE_ADMIN: 'STATE_ADMIN',
  /**
   * A state agency's reviewer: reads every district of its state, comments, and records review
   * decisions where the agency allows it. Held in a district (an older arrangement, kept when
   * migrating), it reads that one district and decides nothing.
   */
  STATE_REVIEWER: 'STATE_REVIEWER',
  PARTNER_ADMIN: 'PARTNER_ADMIN',
  PARTNER_MEMBER: 'PARTNER_MEMBER',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

/** Roles a district grants; state reviewers come from the state agency, not from the district. */
export const DISTRICT_ROLES: readonly Role[] = [Role.DISTRICT_ADMIN, Role.DISTRICT_STAFF];
export const PARTNER_ROLES: readonly Role[] = [Role.PARTNER_ADMIN, Role.PARTNER_MEMBER];
export const STATE_ROLES: readonly Role[] = [Role.STATE_ADMIN, Role.STATE_REVIEWER];

export const ROLE_LABELS: Record<Role, string> = {
  DISTRICT_ADMIN: 'District admin',
  DISTRICT_STAFF: 'District staff',
  STATE_ADMIN: 'State admin',
  STATE_REVIEWER: 'State reviewer',
  PARTNER_ADMIN: 'Partner admin',
  PARTNER_MEMBER: 'Partner member',
};

/** What an API token may do on behalf of its organization. */
export const ApiTokenScope = {
  READ: 'READ',
  READ_WRITE: 'READ_WRITE',
} as const;
export type ApiTokenScope = (typeof ApiTokenScope)[keyof typeof ApiTokenScope];

/** Kinds of partner vetting a district records; each carries an expiry date. */
export const VettingKind = {
  AGREEMENT: 'AGREEMENT',
  INSURANCE: 'INSURANCE',
  BACKGROUND_CHECK: 'BACKGROUND_CHECK',
} as const;
export type VettingKind = (typeof VettingKind)[keyof typeof VettingKind];

export const VETTING_KIND_LABELS: Record<VettingKind, string> = {
  AGREEMENT: 'Signed agreement',
  INSURANCE: 'Proof of insurance',
  BACKGROUND_CHECK: 'Background checks',
};

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** Who a new password is for; a password containing their address's name is refused. */
export interface PasswordOwner {
  email?: string | null;
}

/**
 * Why a new password is refused, or null when it is acceptable: length per NIST SP 800-63B, no
 * control or broken characters (they cannot be typed reliably everywhere), enough different
 * characters, and not the local part of the owner's e-mail address (3 characters or more), in any
 * case. The server also refuses very common passwords (a list too large for the browser).
 */
export function passwordProblem(password: string, owner: PasswordOwner = {}): string | null {
  if (password.length < PASSWORD_MIN_LENGTH)
    return `Use at least ${PASSWORD_MIN_LENGTH} characters; a short sentence is easy to remember.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  if (textProblem(password))
    return 'Use only characters you can type: this password holds an invisible control character, a line break or a broken character.';
  if (new Set(password).size < 4) return 'Use a password with more different characters.';
  const local = owner.email?.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 3 && password.toLowerCase().includes(local))
    return 'Leave your e-mail address out of your password: it is the first thing someone would try.';
  return null;
}

export const EMAIL_MAX_LENGTH = 254;
const EMAIL_LOCAL_MAX_LENGTH = 64;

// The WHATWG HTML "valid e-mail address" (what <input type="email"> accepts), as the standard gives it.
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/**
 * A trimmed, lower-cased e-mail address, or null when it is not one: the WHATWG HTML rule browsers
 * use for `<input type="email">`, plus a dot in the domain (no mail reaches `name@localhost` here)
 * and the SMTP length limits (64 characters before the @, 254 in all).
 */
export function normalizeEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  if (email.length > EMAIL_MAX_LENGTH || !EMAIL.test(email)) return null;
  const [local, domain] = email.split('@') as [string, string];
  if (local.length > EMAIL_LOCAL_MAX_LENGTH || !domain.includes('.')) return null;
  return email;
}

/** What someone signed in as another account than the invited one is told (server and client alike). */
export function wrongAccountMessage(invitedEmail: string, signedInEmail: string): string {
  return `This invitation is for ${invitedEmail}, but you are signed in as ${signedInEmail}. Sign out and accept it as ${invitedEmail}, or ask for a new invitation to ${signedInEmail}.`;
}
