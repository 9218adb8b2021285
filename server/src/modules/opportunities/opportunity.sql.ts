import { Compensation, OpportunityOrder } from '@partnerhub/shared';
import { COLUMN_ALIAS, DISTRICT_JOIN_COLUMNS, PARTNER_JOIN_COLUMNS } from './opportunity.columns.js';

/**
 * SQL text and its values, built by hand rather than by knex: the text depends only on the query's
 * shape (which columns, which filters are set, how many values each has), so each shape is one
 * prepared statement, and building it costs string joins instead of a query builder per request.
 */
export interface Sql {
  text: string;
  values: unknown[];
}

export interface OpportunityFilterValues {
  types?: readonly string[] | null;
  grade?: number | null;
  locationModes?: readonly string[] | null;
  paid?: boolean | null;
  compensations?: readonly string[] | null;
  earnsCredit?: boolean | null;
  partnerId?: number | null;
  openOnly?: boolean | null;
  query?: string | null;
  listingId?: string | null;
}

/**
 * Where to look: one version, a district's newest version, every district's newest, given rows, or
 * the newest version of the district that a surrounding statement selected as `dd`.
 */
export type OpportunityScope =
  | { versionId: number }
  | { newestOfDistrict: number }
  | { newestOfEveryDistrict: true }
  | { ids: readonly number[] }
  | { newestOfSelectedDistrict: true };

const MAX_QUERY_TERMS = 8;

/** Splits a search string into lower-cased LIKE patterns, escaping LIKE's wildcards. */
export function likePatterns(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter((term) => term.length > 0)
    .slice(0, MAX_QUERY_TERMS)
    .map((term) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

function scopeCondition(scope: OpportunityScope, values: unknown[]): string {
  if ('versionId' in scope) {
    values.push(scope.versionId);
    return 'o.version_id = ?';
  }
  if ('newestOfDistrict' in scope) {
    values.push(scope.newestOfDistrict);
    return 'o.version_id = (select max(v.id) from opportunity_list_version v where v.district_id = ?)';
  }
  if ('newestOfSelectedDistrict' in scope) {
    return 'o.version_id = (select max(v.id) from opportunity_list_version v where v.district_id = (select id from dd))';
  }
  if ('ids' in scope) {
    values.push(...scope.ids);
    return scope.ids.length ? `o.id in (${placeholders(scope.ids.length)})` : '1 = 0';
  }
  return 'o.version_id in (select max(v.id) from opportunity_list_version v group by v.district_id)';
}

function inList(column: string, list: readonly unknown[], values: unknown[]): string {
  values.push(...list);
  return `${column} in (${placeholders(list.length)})`;
}

/** The `where` conditions of a scope and filter, joined by `and`, with their values in order. */
export function opportunityConditions(
  scope: OpportunityScope,
  filter: OpportunityFilterValues | null | undefined,
  today: string,
): Sql {
  const values: unknown[] = [];
  const all = [scopeCondition(scope, values)];
  const f = filter ?? {};
  if (f.types?.length) all.push(inList('o.type', f.types, values));
  if (f.locationModes?.length) all.push(inList('o.location_mode', f.locationModes, values));
  if (f.compensations?.length) all.push(inList('o.compensation', f.compensations, values));
  if (f.grade != null) {
    values.push(f.grade, f.grade);
    all.push('o.grade_min <= ? and o.grade_max >= ?');
  }
  if (f.paid === true) all.push(inList('o.compensation', [Compensation.PAID, Compensation.STIPEND], values));
  if (f.paid === false) {
    values.push(Compensation.UNPAID);
    all.push('o.compensation = ?');
  }
  if (f.earnsCredit != null) {
    values.push(f.earnsCredit);
    all.push('o.earns_credit = ?');
  }
  if (f.partnerId != null) {
    values.push(f.partnerId);
    all.push('o.partner_id = ?');
  }
  if (f.listingId != null) {
    values.push(f.listingId);
    all.push('o.listing_id = ?');
  }
  if (f.openOnly) {
    values.push(today);
    all.push('(o.deadline is null or o.deadline >= ?)');
  }
  for (const pattern of likePatterns(f.query ?? '')) {
    values.push(pattern);
    all.push(`o.search_text like ? escape '\\'`);
  }
  return { text: all.join(' and '), values };
}

/**
 * How each order sorts (`by`), and the one column besides `o.id` it reads (`column`): a page can be
 * chosen from the matches' ids and those columns alone.
 */
export const ORDERS: Record<OpportunityOrder, { by: string; column: string }> = {
  [OpportunityOrder.TITLE]: { by: 'lower(o.title) asc, o.id asc', column: 'o.title' },
  [OpportunityOrder.NEWEST]: { by: 'o.first_published_at desc, o.id asc', column: 'o.first_published_at' },
  [OpportunityOrder.DEADLINE]: { by: 'o.deadline asc nulls last, o.id asc', column: 'o.deadline' },
};

const quoted = (name: string) => `"${name}"`;

/** `o.title as "title", …` for the opportunity's own columns, under their field names. */
export function opportunitySelect(columns: readonly string[], table = 'o'): string {
  return columns.map((c) => `${table}.${c} as ${quoted(COLUMN_ALIAS[c] ?? c)}`).join(', ');
}

/** The joined columns of the partner (`p__name`) and district (`d__name`) that a read asked for. */
export function joinedSelect(
  partnerFields: readonly string[] | null,
  districtFields: readonly string[] | null,
  districtTable = 'd',
): string[] {
  const out: string[] = [];
  for (const field of partnerFields ?? []) out.push(`p.${PARTNER_JOIN_COLUMNS[field]} as "p__${field}"`);
  for (const field of districtFields ?? [])
    out.push(`${districtTable}.${DISTRICT_JOIN_COLUMNS[field]} as "d__${field}"`);
  return out;
}
