import type { EntityManager } from '@mikro-orm/knex';
import { Compensation, OpportunityOrder } from '@partnerhub/shared';
import type { Knex } from '@mikro-orm/knex';
import { recordStatement } from '../../db/query-counter.js';
import type { Page } from '../../graphql/relay.js';
import { COLUMN_ALIAS, DISTRICT_JOIN_COLUMNS, PARTNER_JOIN_COLUMNS } from './opportunity.columns.js';
import { toOpportunity } from './opportunity.rows.js';
import type { OpportunityNode } from './opportunity.type.js';

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

/** Where to look: one version, a district's newest version, every district's newest, or given rows. */
export type OpportunityScope =
  | { versionId: number }
  | { newestOfDistrict: number }
  | { newestOfEveryDistrict: true }
  | { ids: readonly number[] };

export interface OpportunityQuery {
  scope: OpportunityScope;
  filter?: OpportunityFilterValues | null;
  order?: OpportunityOrder;
  page?: Page;
  columns: readonly string[];
  /** GraphQL fields of the embedded partner / district to read through a join, if any. */
  partnerFields?: ReadonlySet<string> | null;
  districtFields?: ReadonlySet<string> | null;
  today: string;
  /** Compute `totalCount` with a window function in the same statement. */
  withTotal?: boolean;
}

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

export function applyScope(knex: Knex, qb: Knex.QueryBuilder, scope: OpportunityScope): void {
  if ('versionId' in scope) qb.where('o.version_id', scope.versionId);
  else if ('newestOfDistrict' in scope) {
    qb.where(
      'o.version_id',
      knex('opportunity_list_version').max('id').where('district_id', scope.newestOfDistrict),
    );
  } else if ('ids' in scope) qb.whereIn('o.id', [...scope.ids]);
  else qb.whereIn('o.version_id', knex('opportunity_list_version').max('id').groupBy('district_id'));
}

export function applyFilter(qb: Knex.QueryBuilder, filter: OpportunityFilterValues, today: string): void {
  if (filter.types?.length) qb.whereIn('o.type', [...filter.types]);
  if (filter.locationModes?.length) qb.whereIn('o.location_mode', [...filter.locationModes]);
  if (filter.compensations?.length) qb.whereIn('o.compensation', [...filter.compensations]);
  if (filter.grade != null)
    qb.where('o.grade_min', '<=', filter.grade).where('o.grade_max', '>=', filter.grade);
  if (filter.paid === true) qb.whereIn('o.compensation', [Compensation.PAID, Compensation.STIPEND]);
  if (filter.paid === false) qb.where('o.compensation', Compensation.UNPAID);
  if (filter.earnsCredit != null) qb.where('o.earns_credit', filter.earnsCredit);
  if (filter.partnerId != null) qb.where('o.partner_id', filter.partnerId);
  if (filter.listingId != null) qb.where('o.listing_id', filter.listingId);
  if (filter.openOnly)
    qb.where((w) => {
      w.whereNull('o.deadline').orWhere('o.deadline', '>=', today);
    });
  for (const pattern of likePatterns(filter.query ?? '')) {
    qb.whereRaw(`o.search_text like ? escape '\\'`, [pattern]);
  }
}

const ORDER_SQL: Record<OpportunityOrder, string> = {
  [OpportunityOrder.TITLE]: 'lower(o.title) asc, o.id asc',
  [OpportunityOrder.NEWEST]: 'o.first_published_at desc, o.id asc',
  [OpportunityOrder.DEADLINE]: 'o.deadline asc nulls last, o.id asc',
};

function joinColumns(
  qb: Knex.QueryBuilder,
  fields: ReadonlySet<string> | null | undefined,
  map: Record<string, string>,
  table: string,
  alias: string,
  on: string,
  left: boolean,
): void {
  if (!fields) return;
  const join = left ? qb.leftJoin.bind(qb) : qb.join.bind(qb);
  join(`${table} as ${alias}`, `${alias}.id`, on);
  const select: Record<string, string> = {};
  for (const field of fields) {
    const column = map[field];
    if (column) select[`${alias}__${field}`] = `${alias}.${column}`;
  }
  if (Object.keys(select).length) qb.select(select);
}

/**
 * Reads a page of published opportunities in one parameterised SQL statement: the requested columns,
 * the partner and district through joins, and the total count through a window function.
 */
export async function findOpportunities(
  em: EntityManager,
  query: OpportunityQuery,
): Promise<{ rows: OpportunityNode[]; totalCount: number }> {
  if (query.page?.limit === 0) {
    return { rows: [], totalCount: query.withTotal ? await countOpportunities(em, query) : 0 };
  }
  const knex = em.getKnex();
  const order = ORDER_SQL[query.order ?? OpportunityOrder.DEADLINE];
  const select: Record<string, string> = {};
  for (const column of query.columns) select[COLUMN_ALIAS[column] ?? column] = `o.${column}`;
  // The page is chosen first; partner and district are joined to its rows only, not to every match.
  const page = knex('opportunity as o')
    .select(select)
    .select(knex.raw(`row_number() over (order by ${order}) as ??`, ['rowNumber']));
  if (query.withTotal) page.select(knex.raw('count(*) over () as ??', ['totalCount']));
  applyScope(knex, page, query.scope);
  if (query.filter) applyFilter(page, query.filter, query.today);
  page.orderByRaw(order);
  if (query.page) page.limit(query.page.limit).offset(query.page.offset);
  const qb = knex.from(page.as('o')).select('o.*').orderBy('o.rowNumber');
  joinColumns(
    qb,
    query.partnerFields,
    PARTNER_JOIN_COLUMNS,
    'partner_organization',
    'p',
    'o.partnerId',
    true,
  );
  joinColumns(qb, query.districtFields, DISTRICT_JOIN_COLUMNS, 'district', 'd', 'o.districtId', false);
  recordStatement();
  const raws = (await qb) as Record<string, unknown>[];
  let totalCount = raws.length;
  if (query.withTotal) {
    if (raws[0]) totalCount = Number(raws[0].totalCount);
    else if (query.page && query.page.offset > 0) totalCount = await countOpportunities(em, query);
    else totalCount = 0;
  }
  const shape = {
    partnerFields: query.partnerFields
      ? [...query.partnerFields].filter((f) => f in PARTNER_JOIN_COLUMNS)
      : null,
    districtFields: query.districtFields
      ? [...query.districtFields].filter((f) => f in DISTRICT_JOIN_COLUMNS)
      : null,
    today: query.today,
  };
  return { rows: raws.map((raw) => toOpportunity(raw, shape)), totalCount };
}

/** Counts matches without reading rows: for pages that select no rows or lie past the end. */
async function countOpportunities(em: EntityManager, query: OpportunityQuery): Promise<number> {
  const knex = em.getKnex();
  const qb = knex('opportunity as o').count({ n: '*' });
  applyScope(knex, qb, query.scope);
  if (query.filter) applyFilter(qb, query.filter, query.today);
  recordStatement();
  const [first] = (await qb) as { n: number | string }[];
  return Number(first?.n ?? 0);
}
