import type { GraphQLResolveInfo } from 'graphql';
import type { OpportunityOrder } from '@partnerhub/shared';
import type { Context } from '../../graphql/context.js';
import { BadUserInputError } from '../../graphql/errors.js';
import { idOfType } from '../../graphql/global-id.js';
import { type ForwardPaginationArgs, pageFrom, toConnection } from '../../graphql/relay.js';
import { oncePerSelection, selectedFields } from '../../graphql/selection.js';
import {
  ALL_OPPORTUNITY_FIELDS,
  DISTRICT_JOIN_COLUMNS,
  PARTNER_JOIN_COLUMNS,
  opportunityColumns,
} from './opportunity.columns.js';
import type { OpportunityFilter } from './opportunity.filter.js';
import {
  type OpportunityFilterValues,
  type OpportunityScope,
  findOpportunities,
} from './opportunity.queries.js';
import type { OpportunityNode } from './opportunity.type.js';

const ALL_PARTNER_FIELDS = new Set(Object.keys(PARTNER_JOIN_COLUMNS));
const ALL_DISTRICT_FIELDS = new Set(Object.keys(DISTRICT_JOIN_COLUMNS));

/** Checks a filter from the API and turns its global ids into database ids. */
export function filterValues(filter: OpportunityFilter | null | undefined): OpportunityFilterValues | null {
  if (!filter) return null;
  if (filter.grade != null && (filter.grade < 0 || filter.grade > 12)) {
    throw new BadUserInputError('"filter.grade" must be between 0 (kindergarten) and 12.', 'filter.grade');
  }
  let partnerId: number | null = null;
  if (filter.partnerId != null) {
    partnerId = idOfType(filter.partnerId, 'PartnerOrganization');
    if (partnerId === null)
      throw new BadUserInputError('"filter.partnerId" is not a partner organization id.', 'filter.partnerId');
  }
  // Not `{ ...filter, partnerId }`: on Node 20 a spread copy that then gets a property of its own is
  // built several times larger and outlives young collections (bench/README.md, "Spread, then extend").
  return Object.assign({}, filter, { partnerId });
}

/** What a read asks of each opportunity; shared by every request of its query, so never changed. */
interface RequestedFields {
  columns: readonly string[];
  partnerFields: ReadonlySet<string> | null;
  districtFields: ReadonlySet<string> | null;
}

/** Where a connection's listings are selected: under `edges.node` and under `nodes`. */
export const CONNECTION_NODES: readonly (readonly string[])[] = [['edges', 'node'], ['nodes']];

/** What the query asks of each opportunity (over `edges.node` and `nodes`, or the field itself). */
export function requestedOpportunityFields(
  info: GraphQLResolveInfo,
  paths: readonly (readonly string[])[],
): RequestedFields {
  return oncePerSelection(info, `opportunity:${paths.join(';')}`, () => collectRequested(info, paths));
}

function collectRequested(info: GraphQLResolveInfo, paths: readonly (readonly string[])[]): RequestedFields {
  const fields = new Set<string>();
  const partner = new Set<string>();
  const district = new Set<string>();
  for (const path of paths) {
    for (const f of selectedFields(info, path)) fields.add(f);
    for (const f of selectedFields(info, [...path, 'partner'])) partner.add(f);
    for (const f of selectedFields(info, [...path, 'district'])) district.add(f);
  }
  return {
    columns: opportunityColumns(fields),
    partnerFields: fields.has('partner') ? partner : null,
    districtFields: fields.has('district') ? district : null,
  };
}

/** A connection of published opportunities in `scope`, reading only what the query selected. */
export async function opportunityConnection(
  ctx: Context,
  scope: OpportunityScope,
  args: ForwardPaginationArgs & { filter?: OpportunityFilter | null; orderBy?: OpportunityOrder },
  info: GraphQLResolveInfo,
  extraFilter: OpportunityFilterValues = {},
) {
  const page = pageFrom(args);
  const top = selectedFields(info);
  const { columns, partnerFields, districtFields } = requestedOpportunityFields(info, CONNECTION_NODES);
  const needsRows = top.has('edges') || top.has('nodes');
  const { rows, totalCount } = await findOpportunities(ctx.em, {
    scope,
    filter: Object.assign(filterValues(args.filter) ?? {}, extraFilter),
    order: args.orderBy,
    page: needsRows ? page : { offset: page.offset, limit: 0 },
    columns,
    partnerFields,
    districtFields,
    today: ctx.today,
    withTotal: top.has('totalCount') || top.has('pageInfo'),
  });
  return toConnection(rows, totalCount, page, needsRows);
}

/** One published opportunity selected by `scope`, or null. */
export async function singleOpportunity(
  ctx: Context,
  scope: OpportunityScope,
  info: GraphQLResolveInfo | null,
  filter: OpportunityFilterValues = {},
): Promise<OpportunityNode | null> {
  const wanted = info
    ? requestedOpportunityFields(info, [[]])
    : {
        columns: opportunityColumns(ALL_OPPORTUNITY_FIELDS),
        partnerFields: ALL_PARTNER_FIELDS,
        districtFields: ALL_DISTRICT_FIELDS,
      };
  const { rows } = await findOpportunities(ctx.em, {
    scope,
    filter,
    ...wanted,
    today: ctx.today,
    page: { offset: 0, limit: 1 },
  });
  return rows[0] ?? null;
}
