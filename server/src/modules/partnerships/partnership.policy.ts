import { PartnershipStatus } from '@partnerhub/shared';

/**
 * Statuses anyone may see. Prospects are a district's private pipeline: they stay hidden until
 * signed-in members of the two organizations can be told apart from the public.
 */
export const PUBLIC_PARTNERSHIP_STATUSES: readonly PartnershipStatus[] = [
  PartnershipStatus.ACTIVE,
  PartnershipStatus.PAUSED,
  PartnershipStatus.ENDED,
];

/** The requested statuses narrowed to those the public may see (all public ones when none asked). */
export function visibleStatuses(
  requested: readonly PartnershipStatus[] | null | undefined,
): PartnershipStatus[] {
  if (!requested?.length) return [...PUBLIC_PARTNERSHIP_STATUSES];
  return requested.filter((s) => PUBLIC_PARTNERSHIP_STATUSES.includes(s));
}
