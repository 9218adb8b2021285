import { type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo, getArgumentValues } from 'graphql';
import { type ConnectionShape, pageFrom, toConnection } from '../../graphql/relay.js';
import { childFieldNodes, selectedFields } from '../../graphql/selection.js';
import { DISTRICT_COLUMNS, type District, type DistrictReadAhead } from '../organizations/index.js';
import type { OpportunityListArgs } from './opportunity.filter.js';
import { findDistrictWithOpportunities } from './opportunity.queries.js';
import { CONNECTION_NODES, filterValues, requestedOpportunityFields } from './opportunity.read.js';
import type { OpportunityNode } from './opportunity.type.js';

/**
 * Where a district row carries the pages read with it, by the field node that asked. A symbol, since
 * a symbol never shows as a field, and it stays with the row where type-graphql copies a root into a
 * new District (own enumerable symbols included).
 */
const READ_AHEAD = Symbol('opportunity pages read with the district');

type WithPages = { [READ_AHEAD]?: Map<FieldNode, ConnectionShape<OpportunityNode>> };

/**
 * `district(slug) { opportunities(…) { … } }`, the public search, in one statement: the district
 * and the page are read together, and the page waits on the district object for its field resolver.
 * Applies when `opportunities` is selected once, without directives, and asks for rows; otherwise
 * (and when its arguments are wrong, so that the error is reported on the field itself) the district
 * is read alone and the field reads its page as usual.
 */
export const districtWithOpportunities: DistrictReadAhead = (ctx, slug, info) => {
  const nodes = childFieldNodes(info, 'opportunities');
  const node = nodes[0];
  if (nodes.length !== 1 || !node || node.directives?.length) return undefined;
  const district = info.schema.getType('District') as GraphQLObjectType | undefined;
  const field = district?.getFields().opportunities;
  if (!field) return undefined;
  const at: GraphQLResolveInfo = { ...info, fieldNodes: [node] };
  const top = selectedFields(at);
  if (!top.has('edges') && !top.has('nodes')) return undefined;
  let args: OpportunityListArgs;
  let page;
  let filter;
  try {
    args = getArgumentValues(field, node, info.variableValues) as unknown as OpportunityListArgs;
    page = pageFrom(args);
    filter = filterValues(args.filter);
  } catch {
    return undefined;
  }
  if (page.limit === 0) return undefined;
  const { columns, partnerFields, districtFields } = requestedOpportunityFields(at, CONNECTION_NODES);
  return (async () => {
    const {
      district: row,
      rows,
      totalCount,
    } = await findDistrictWithOpportunities(ctx.em, slug, DISTRICT_COLUMNS, {
      columns,
      partnerFields,
      districtFields,
      filter,
      order: args.orderBy,
      page,
      today: ctx.today,
      withTotal: top.has('totalCount') || top.has('pageInfo'),
    });
    if (!row) return null;
    (row as WithPages)[READ_AHEAD] = new Map([[node, toConnection(rows, totalCount, page, true)]]);
    return row as unknown as District;
  })();
};

/** The page read together with this district for this field node, if there is one. */
export function pageReadAhead(district: object, info: GraphQLResolveInfo) {
  const node = info.fieldNodes.length === 1 ? info.fieldNodes[0] : undefined;
  return node ? (district as WithPages)[READ_AHEAD]?.get(node) : undefined;
}
