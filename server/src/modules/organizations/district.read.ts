import type { EntityManager } from '@mikro-orm/knex';
import type { GraphQLResolveInfo } from 'graphql';
import { recordStatement } from '../../db/query-counter.js';
import type { Context } from '../../graphql/context.js';
import type { District } from './district.entity.js';

/**
 * Columns behind District's scalar fields. Public reads select them directly (no entity hydration);
 * a test checks that they cover every scalar field of the type.
 */
export const DISTRICT_COLUMNS: Record<string, string> = {
  name: 'name',
  slug: 'slug',
  state: 'state',
  ncesLeaId: 'nces_lea_id',
  city: 'city',
  website: 'website',
  description: 'description',
  version: 'version',
};

/** Scalar fields of District that field resolvers compute from the id: rows need no column for them. */
export const DISTRICT_RESOLVED_FIELDS: readonly string[] = [
  'viewerCanUpdate',
  'viewerCanCreatePartner',
  'viewerCanProposePartnership',
  'viewerCanManageMembers',
  'viewerCanManageTokens',
  'viewerCanReadAudit',
  'viewerCanReadPrivate',
  'viewerCanCorrectIdentifiers',
  'viewerCanStartFlexibilityApplication',
  'viewerCanReviewComment',
  'viewerCanCommentOnVision',
  'viewerCanReadVisionComments',
  'openCommentCount',
];

/** A district by slug as a plain read-model row (what public pages ask for on every request). */
export async function findDistrictBySlug(em: EntityManager, slug: string): Promise<District | null> {
  const select: Record<string, string> = { id: 'id' };
  for (const [field, column] of Object.entries(DISTRICT_COLUMNS)) select[field] = column;
  recordStatement();
  const row = (await em.getKnex()('district').select(select).where('slug', slug).first()) as
    object | undefined;
  return row ? ({ __typename: 'District', ...row } as unknown as District) : null;
}

/**
 * Reads a district by slug together with what the query selects below it, in one statement, or
 * answers `undefined` when it cannot (then the district is read alone). Provided by a module that
 * builds on this one, through the composition root.
 */
export type DistrictReadAhead = (
  ctx: Context,
  slug: string,
  info: GraphQLResolveInfo,
) => Promise<District | null> | undefined;

let readAhead: DistrictReadAhead | null = null;

export function provideDistrictReadAhead(read: DistrictReadAhead): void {
  readAhead = read;
}

/** A district by slug for the `district` query: read ahead with its selection when that applies. */
export function districtForQuery(ctx: Context, slug: string, info: GraphQLResolveInfo) {
  return readAhead?.(ctx, slug, info) ?? findDistrictBySlug(ctx.em, slug);
}

/** Whether a district with this id exists; one indexed statement, no entity loaded. */
export async function districtExists(em: EntityManager, id: number): Promise<boolean> {
  const rows = await em
    .getConnection()
    .execute<{ id: number }[]>('select id from district where id = ?', [id]);
  return rows.length > 0;
}

/** The ids of the districts of each of the states, by state code. */
export async function districtIdsByState(
  em: EntityManager,
  states: readonly string[],
): Promise<Map<string, number[]>> {
  const rows = await em
    .getConnection()
    .execute<{ id: number; state: string }[]>(
      `select id, state from district where state in (${states.map(() => '?').join(', ')})`,
      [...states],
    );
  const byState = new Map<string, number[]>();
  for (const row of rows) byState.set(row.state, [...(byState.get(row.state) ?? []), Number(row.id)]);
  return byState;
}
