import type { Context } from '../../graphql/context.js';
import { oncePerRequest } from '../../graphql/request-cache.js';
import type { FlexibilitySubject } from '../access/index.js';
import { District, StateAgency } from '../organizations/index.js';

/** Who may decide on the district's application: its state agency's setting, read once per request. */
export function flexibilitySubject(ctx: Context, districtId: number): Promise<FlexibilitySubject> {
  return oncePerRequest(ctx, `flexibility:subject:${districtId}`, async () => {
    const district = await ctx.em.findOneOrFail(District, districtId);
    const agency = await ctx.em.findOne(StateAgency, { state: district.state });
    return { districtId, reviewersMayDecide: agency?.reviewersMayDecide ?? false };
  });
}
