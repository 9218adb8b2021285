/** What a member may do in one organization. District roles belong to a district, partner roles to a partner. */
export const Role = {
  DISTRICT_ADMIN: 'DISTRICT_ADMIN',
  DISTRICT_STAFF: 'DISTRICT_STAFF',
  /** A state agency reviewer invited by a district: reads everything of that district, changes nothing. */
  STATE_REVIEWER: 'STATE_REVIEWER',
  PARTNER_ADMIN: 'PARTNER_ADMIN',
  PARTNER_MEMBER: 'PARTNER_MEMBER',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const DISTRICT_ROLES: readonly Role[] = [
  Role.DISTRICT_ADMIN,
  Role.DISTRICT_STAFF,
  Role.STATE_REVIEWER,
];
export const PARTNER_ROLES: readonly Role[] = [Role.PARTNER_ADMIN, Role.PARTNER_MEMBER];

export const ROLE_LABELS: Record<Role, string> = {
  DISTRICT_ADMIN: 'District admin',
  DISTRICT_STAFF: 'District staff',
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

/** Why a new password is refused, or null when it is acceptable (length rules per NIST SP 800-63B). */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH)
    return `Use at least ${PASSWORD_MIN_LENGTH} characters; a short sentence is easy to remember.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  if (new Set(password).size < 4) return 'Use a password with more different characters.';
  return null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A trimmed, lower-cased e-mail address, or null when it does not look like one. */
export function normalizeEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  return email.length <= 320 && EMAIL.test(email) ? email : null;
}
