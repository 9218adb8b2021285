import { type PartnerKind, PartnerKind as PartnerKinds } from '@partnerhub/shared';
import type { RouteQueryLike } from '@/features/opportunities/searchParams';

export interface PartnerSearchState {
  q: string;
  kind: PartnerKind | null;
}

function first(value: RouteQueryLike[string]): string {
  const v = Array.isArray(value) ? value[0] : value;
  return v ?? '';
}

/** Reads the partner directory's search from a URL query (?q=&kind=nonprofit). */
export function parsePartnerQuery(query: RouteQueryLike): PartnerSearchState {
  const kind = first(query.kind).toUpperCase().replace(/-/g, '_');
  return {
    q: first(query.q).trim(),
    kind: (Object.values(PartnerKinds) as string[]).includes(kind) ? (kind as PartnerKind) : null,
  };
}

/** Writes the partner directory's search as a URL query, leaving out what is not set. */
export function toPartnerQuery(state: PartnerSearchState): Record<string, string> {
  const query: Record<string, string> = {};
  if (state.q.trim()) query.q = state.q.trim();
  if (state.kind) query.kind = state.kind.toLowerCase();
  return query;
}
