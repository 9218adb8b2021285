import {
  type LocationMode,
  LocationMode as LocationModes,
  type OpportunityOrder,
  type OpportunityType,
  OpportunityType as OpportunityTypes,
} from '@partnerhub/shared';
import type { OpportunityFilter } from '@/app/graphql/generated/graphql';

/** Grades offered in the grade filter; the public site serves middle and high school. */
export const GRADE_OPTIONS = [6, 7, 8, 9, 10, 11, 12] as const;

export type PayFilter = 'paid' | 'unpaid';
export type SortKey = 'deadline' | 'newest' | 'title';

/** Everything the opportunity search page shows, as plain values. */
export interface OpportunitySearchState {
  q: string;
  type: OpportunityType | null;
  grade: number | null;
  location: LocationMode | null;
  pay: PayFilter | null;
  credit: boolean;
  openOnly: boolean;
  partner: string | null;
  sort: SortKey;
  page: number;
}

export const DEFAULT_SEARCH: Readonly<OpportunitySearchState> = Object.freeze({
  q: '',
  type: null,
  grade: null,
  location: null,
  pay: null,
  credit: false,
  openOnly: true,
  partner: null,
  sort: 'deadline',
  page: 1,
});

const SORT_ORDER: Record<SortKey, OpportunityOrder> = {
  deadline: 'DEADLINE',
  newest: 'NEWEST',
  title: 'TITLE',
};

type QueryValue = string | null | undefined | (string | null)[];
export type RouteQueryLike = Record<string, QueryValue>;

/** The first value of a query parameter, as vue-router gives repeated parameters as arrays. */
function first(value: QueryValue): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v == null ? undefined : v;
}

/** "PAID_INTERNSHIP" -> "paid_internship": lower case reads better in shared links. */
export function enumToParam(value: string): string {
  return value.toLowerCase();
}

function paramToEnum<T extends string>(param: string | undefined, values: Record<string, T>): T | null {
  if (!param) return null;
  // Hyphens are accepted too ("paid-internship"), as people retype links.
  const candidate = param.toUpperCase().replace(/-/g, '_');
  return Object.values(values).includes(candidate as T) ? (candidate as T) : null;
}

function positiveInt(param: string | undefined): number | null {
  if (!param || !/^\d+$/.test(param)) return null;
  const n = Number(param);
  return Number.isSafeInteger(n) && n >= 1 ? n : null;
}

/** Reads the search state from a URL query; unknown or malformed values fall back to defaults. */
export function parseSearchQuery(query: RouteQueryLike): OpportunitySearchState {
  const gradeParam = first(query.grade);
  const grade = gradeParam !== undefined && /^\d{1,2}$/.test(gradeParam) ? Number(gradeParam) : null;
  const pay = first(query.pay);
  const sort = first(query.sort);
  return {
    q: (first(query.q) ?? '').trim(),
    type: paramToEnum(first(query.type), OpportunityTypes),
    grade: grade !== null && (GRADE_OPTIONS as readonly number[]).includes(grade) ? grade : null,
    location: paramToEnum(first(query.location), LocationModes),
    pay: pay === 'paid' || pay === 'unpaid' ? pay : null,
    credit: first(query.credit) === '1',
    openOnly: first(query.open) !== '0',
    partner: first(query.partner) || null,
    sort: sort === 'newest' || sort === 'title' ? sort : 'deadline',
    page: positiveInt(first(query.page)) ?? 1,
  };
}

/** Writes the search state as a URL query, leaving out every default so links stay short. */
export function toSearchQuery(state: OpportunitySearchState): Record<string, string> {
  const query: Record<string, string> = {};
  const q = state.q.trim();
  if (q) query.q = q;
  if (state.type) query.type = enumToParam(state.type);
  if (state.grade !== null) query.grade = String(state.grade);
  if (state.location) query.location = enumToParam(state.location);
  if (state.pay) query.pay = state.pay;
  if (state.credit) query.credit = '1';
  if (!state.openOnly) query.open = '0';
  if (state.partner) query.partner = state.partner;
  if (state.sort !== 'deadline') query.sort = state.sort;
  if (state.page > 1) query.page = String(state.page);
  return query;
}

/** The GraphQL filter for a search state; conditions that do not narrow the list are left out. */
export function toOpportunityFilter(state: OpportunitySearchState): OpportunityFilter {
  const filter: OpportunityFilter = {};
  const q = state.q.trim();
  if (q) filter.query = q;
  if (state.type) filter.types = [state.type];
  if (state.grade !== null) filter.grade = state.grade;
  if (state.location) filter.locationModes = [state.location];
  if (state.pay) filter.paid = state.pay === 'paid';
  if (state.credit) filter.earnsCredit = true;
  if (state.openOnly) filter.openOnly = true;
  if (state.partner) filter.partnerId = state.partner;
  return filter;
}

export function toOrder(sort: SortKey): OpportunityOrder {
  return SORT_ORDER[sort];
}

/** Whether any filter differs from the defaults (the sort order and page do not count). */
export function hasActiveFilters(state: OpportunitySearchState): boolean {
  return activeFilterCount(state) > 0;
}

/** How many filters differ from the defaults, for the "Filters" button on narrow screens. */
export function activeFilterCount(state: OpportunitySearchState): number {
  return [
    state.q.trim() !== '',
    state.type !== null,
    state.grade !== null,
    state.location !== null,
    state.pay !== null,
    state.credit,
    !state.openOnly,
    state.partner !== null,
  ].filter(Boolean).length;
}
