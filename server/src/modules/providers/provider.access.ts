import type { Context } from '../../graphql/context.js';
import { oncePerRequest } from '../../graphql/request-cache.js';
import { type ProviderAssessmentSubject, isSignedIn, partnerSubject } from '../access/index.js';
import { PartnerOrganization } from '../organizations/index.js';

/** Districts with an accepted ACTIVE partnership with the provider, read once per request. */
function partneredDistrictIds(ctx: Context, partnerId: number): Promise<readonly number[]> {
  return oncePerRequest(ctx, `provider:partnered:${partnerId}`, async () => {
    const partner = await ctx.em.findOneOrFail(PartnerOrganization, partnerId);
    return (await partnerSubject(ctx.em, partner)).activeDistrictIds;
  });
}

/** The policy subject of a district's assessment of a provider against a criterion of `criterionState`. */
export async function assessmentSubject(
  ctx: Context,
  district: { id: number; state: string },
  partnerId: number,
  criterionState: string,
): Promise<ProviderAssessmentSubject> {
  // Nobody signed in is ever allowed: skip the query.
  const partnered = isSignedIn(ctx.viewer)
    ? (await partneredDistrictIds(ctx, partnerId)).includes(district.id)
    : false;
  return { districtId: district.id, partnerId, partnered, sameState: district.state === criterionState };
}
