import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../graphql/context.js';
import type { Page } from '../../graphql/relay.js';
import { oncePerRequest } from '../../graphql/request-cache.js';
import type { Action, DistrictDocumentSubject } from '../access/index.js';
import { can } from '../access/index.js';
import { requestDistrictDocumentSubject } from '../partnerships/index.js';
import { VisionVersion } from './vision-version.entity.js';

/** Who may take part in the district's vision, read once per request. */
export function visionSubject(ctx: Context, districtId: number): Promise<DistrictDocumentSubject> {
  return requestDistrictDocumentSubject(ctx, districtId);
}

/** Whether the viewer may take a vision action in the district. */
export async function canOnVision(ctx: Context, action: Action, districtId: number): Promise<boolean> {
  return can(ctx.viewer, action, await visionSubject(ctx, districtId));
}

/** The district's adopted vision: the version adopted most recently, with its snapshot; one statement. */
export function findAdoptedVersion(em: EntityManager, districtId: number): Promise<VisionVersion | null> {
  return em.findOne(
    VisionVersion,
    { district: districtId, adoptedAt: { $ne: null } },
    { orderBy: [{ adoptedAt: 'desc' }, { id: 'desc' }], populate: ['snapshot'] },
  );
}

/** The id of the district's adopted version (null: none), read once per request. */
export function adoptedVersionId(ctx: Context, districtId: number): Promise<number | null> {
  return oncePerRequest(ctx, `vision:adopted:${districtId}`, async () => {
    const row = await ctx.em.findOne(
      VisionVersion,
      { district: districtId, adoptedAt: { $ne: null } },
      { orderBy: [{ adoptedAt: 'desc' }, { id: 'desc' }], fields: ['id'], disableIdentityMap: true },
    );
    return row?.id ?? null;
  });
}

/** One page of the district's versions, newest first, without their snapshots. */
export function listVisionVersions(
  em: EntityManager,
  districtId: number,
  page: Page,
): Promise<[VisionVersion[], number]> {
  return em.findAndCount(
    VisionVersion,
    { district: districtId },
    { orderBy: { number: 'desc' }, limit: page.limit, offset: page.offset },
  );
}
