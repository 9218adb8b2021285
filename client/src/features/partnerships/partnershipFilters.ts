import { PartnershipStatus } from '@partnerhub/shared';
import type { VettingStatus, WorkspacePartnershipsQuery } from '@/app/graphql/generated/graphql';

type PartnershipRow = NonNullable<WorkspacePartnershipsQuery['district']>['partnerships']['nodes'][number];
type QueryValue = string | null | (string | null)[] | undefined;

const VETTING_STATUSES: readonly VettingStatus[] = [
  'EXPIRED',
  'EXPIRING_SOON',
  'MISSING',
  'MISSING_EXPIRY',
  'VALID',
];

export interface PartnerFilters {
  q: string;
  status: PartnershipStatus | null;
  vetting: VettingStatus | null;
}

function first(value: QueryValue): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

function oneOf<T extends string>(value: QueryValue, allowed: readonly T[]): T | null {
  const v = first(value).toUpperCase();
  return (allowed as readonly string[]).includes(v) ? (v as T) : null;
}

/** Reads list filters from the URL query (?q=&status=ACTIVE&vetting=EXPIRED); unknown values are ignored. */
export function parsePartnerFilters(query: Record<string, QueryValue>): PartnerFilters {
  return {
    q: first(query.q).trim(),
    status: oneOf(query.status, Object.values(PartnershipStatus)),
    vetting: oneOf(query.vetting, VETTING_STATUSES),
  };
}

/** Writes list filters as a URL query, leaving out what is not set. */
export function toFilterQuery(filters: PartnerFilters): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.q) query.q = filters.q;
  if (filters.status) query.status = filters.status;
  if (filters.vetting) query.vetting = filters.vetting;
  return query;
}

/** The partnerships whose partner name matches every word of `q`, with the given statuses. */
export function filterPartnerships<
  T extends Pick<PartnershipRow, 'status' | 'vettingStatus'> & {
    partner: { name: string; city?: string | null };
  },
>(rows: readonly T[], filters: PartnerFilters): T[] {
  const words = filters.q.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filters.status && row.status !== filters.status) return false;
    if (filters.vetting && row.vettingStatus !== filters.vetting) return false;
    const text = `${row.partner.name} ${row.partner.city ?? ''}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}
