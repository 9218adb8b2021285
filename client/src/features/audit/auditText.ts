import {
  DISTRICT_CONDITION_LABEL,
  PARTNER_KIND_LABEL,
  PARTNERSHIP_STATUS_LABEL,
  ROLE_LABELS,
  VETTING_KIND_LABELS,
} from '@partnerhub/shared';

/** Names of the enum values the audit log records (ACTIVE, PARTNER_MEMBER, …), as people read them. */
const ENUM_LABELS: Readonly<Record<string, string>> = {
  READ: 'Read only',
  READ_WRITE: 'Read and write',
  ...DISTRICT_CONDITION_LABEL,
  ...PARTNER_KIND_LABEL,
  ...VETTING_KIND_LABELS,
  ...ROLE_LABELS,
  ...PARTNERSHIP_STATUS_LABEL,
};

const VERBS: Record<string, string> = {
  create: 'Created',
  update: 'Changed',
  delete: 'Deleted',
  revoke: 'Revoked',
  link: 'Linked',
  archive: 'Archived',
  unarchive: 'Restored',
  record: 'Recorded',
  remove: 'Removed',
  accept: 'Accepted',
  resetPassword: 'Reset the password of',
};

const TARGETS: Record<string, string> = {
  apiToken: 'API token',
  district: 'district profile',
  fundingAllocation: 'funding allocation',
  fundingRule: 'funding rule',
  fundingSource: 'funding source',
  'partner.contact': 'contact person',
  'partnership.vetting': 'vetting record',
  partner: 'partner profile',
};

/** "partnership.update" → "Changed partnership"; unknown verbs and targets are shown as written. */
export function actionLabel(action: string): string {
  const dot = action.lastIndexOf('.');
  if (dot < 0) return action;
  const target = action.slice(0, dot);
  const verb = action.slice(dot + 1);
  const noun = TARGETS[target] ?? humanize(target).toLowerCase();
  return VERBS[verb] ? `${VERBS[verb]} ${noun}` : `${humanize(verb)}: ${noun}`;
}

/** "agreementSignedOn" → "Agreement signed on"; "contacts.0.email" → "Contacts 1 email". */
export function humanize(name: string): string {
  const words = name
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? String(Number(part) + 1) : part))
    .join(' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A before or after value as text: "(empty)" for nothing, Yes/No, enum names in words, lists joined by commas. */
export function auditValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.length ? value.map((v) => auditValue(v)).join(', ') : '(empty)';
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'string' && /^[A-Z][A-Z_]*$/.test(value)) return ENUM_LABELS[value] ?? value;
  // Audit values are JSON, so what is left is a number.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  return String(value);
}
