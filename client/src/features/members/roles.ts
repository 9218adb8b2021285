import { DISTRICT_ROLES, PARTNER_ROLES, ROLE_LABELS, type Role, STATE_ROLES } from '@partnerhub/shared';
import type { OrganizationKind } from '@/app/session';

const ROLE_DESCRIPTIONS: Record<Role, string> = {
  DISTRICT_ADMIN:
    'Everything district staff can do, plus members, API tokens, the audit log and the district profile.',
  DISTRICT_STAFF: 'Keeps partners, partnerships and the opportunity list.',
  STATE_ADMIN:
    'Manages the state agency’s members and the state’s districts, and records decisions on their applications.',
  STATE_REVIEWER:
    'Reads every district of the state, comments on applications and plans, and records decisions where the agency allows it.',
  PARTNER_ADMIN: 'Everything partner members can do, plus members and API tokens.',
  PARTNER_MEMBER: 'Keeps the organization’s profile and works on opportunities with its districts.',
};

/** The roles one kind of organization has, as radio options. */
export function roleOptions(kind: OrganizationKind) {
  const roles = { district: DISTRICT_ROLES, partner: PARTNER_ROLES, state: STATE_ROLES }[kind];
  return roles.map((value) => ({
    value,
    label: ROLE_LABELS[value],
    description: ROLE_DESCRIPTIONS[value],
  }));
}
