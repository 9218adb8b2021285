import { VettingKind } from '@partnerhub/shared';
import { registerEnumType } from 'type-graphql';

export const EXPIRING_SOON_DAYS = 30;

/** Where one vetting requirement stands, from best to worst. */
export const VettingStatus = {
  VALID: 'VALID',
  EXPIRING_SOON: 'EXPIRING_SOON',
  MISSING_EXPIRY: 'MISSING_EXPIRY',
  MISSING: 'MISSING',
  EXPIRED: 'EXPIRED',
} as const;
export type VettingStatus = (typeof VettingStatus)[keyof typeof VettingStatus];

registerEnumType(VettingStatus, {
  name: 'VettingStatus',
  description: 'Where a vetting requirement stands, from best to worst.',
  valuesConfig: {
    EXPIRING_SOON: { description: `Still valid, but it expires within ${EXPIRING_SOON_DAYS} days.` },
    MISSING_EXPIRY: { description: 'Recorded without an expiry date.' },
    MISSING: { description: 'Not recorded at all (only in a partnership summary).' },
  },
});

const SEVERITY: VettingStatus[] = Object.values(VettingStatus);
const DAY = 86_400_000;

/** The calendar date `days` after `isoDate` (both YYYY-MM-DD). */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Whether a requirement valid through `expiresOn` (inclusive) has lapsed by `today`. */
export function isExpired(expiresOn: string | null | undefined, today: string): boolean {
  return expiresOn != null && expiresOn < today;
}

/** Whether it is still valid today but lapses within `days` days. */
export function expiresWithin(expiresOn: string | null | undefined, today: string, days: number): boolean {
  return expiresOn != null && expiresOn >= today && expiresOn <= addDays(today, days);
}

/** The status of one recorded requirement on `today`. */
export function vettingStatusOf(expiresOn: string | null | undefined, today: string): VettingStatus {
  if (expiresOn == null) return VettingStatus.MISSING_EXPIRY;
  if (isExpired(expiresOn, today)) return VettingStatus.EXPIRED;
  if (expiresWithin(expiresOn, today, EXPIRING_SOON_DAYS)) return VettingStatus.EXPIRING_SOON;
  return VettingStatus.VALID;
}

/** The worst status over every kind of requirement; a kind without a record counts as MISSING. */
export function vettingSummary(
  records: readonly { kind: VettingKind; expiresOn?: string | null }[],
  today: string,
): VettingStatus {
  const statuses = Object.values(VettingKind).map((kind) => {
    const record = records.find((r) => r.kind === kind);
    return record ? vettingStatusOf(record.expiresOn, today) : VettingStatus.MISSING;
  });
  return statuses.reduce((worst, s) => (SEVERITY.indexOf(s) > SEVERITY.indexOf(worst) ? s : worst));
}
