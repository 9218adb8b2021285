import { PartnerKind } from '@partnerhub/shared';
import type { Context } from '../../graphql/context.js';
import { can, isSignedIn, partnerSubject } from '../access/index.js';
import { PartnerOrganization, districtIdsByState, findStateAgency } from '../organizations/index.js';
import { criteriaOf } from '../state-overview/index.js';
import { assessmentSubject } from './provider.access.js';
import type { ProviderCriterionStanding } from './provider.types.js';
import { ProviderAssessment } from './provider-assessment.entity.js';
import { ProviderClaim } from './provider-claim.entity.js';

/**
 * Where a technical-assistance provider stands on every published criterion of the state: its current
 * claims, and the assessments the viewer may read. Archived criteria, and claims on them, are left out;
 * a partner of another kind stands nowhere.
 */
export async function standingsOf(
  ctx: Context,
  partner: PartnerOrganization,
  state: string,
): Promise<ProviderCriterionStanding[]> {
  if (partner.kind !== PartnerKind.TECHNICAL_ASSISTANCE) return [];
  const agency = await findStateAgency(ctx.em, state);
  if (!agency) return [];
  const criteria = await criteriaOf(ctx.em, agency.id);
  if (!criteria.length) return [];
  const ids = criteria.map((c) => c.id);
  const claims = await ctx.em.find(ProviderClaim, {
    partner: partner.id,
    criterion: { $in: ids },
    withdrawnAt: null,
  });
  const assessments = isSignedIn(ctx.viewer)
    ? await ctx.em.find(
        ProviderAssessment,
        { partner: partner.id, criterion: { $in: ids } },
        { populate: ['district'], orderBy: { assessedAt: 'desc', id: 'asc' } },
      )
    : [];
  const readable: ProviderAssessment[] = [];
  for (const a of assessments) {
    const subject = await assessmentSubject(ctx, a.district, partner.id, agency.state);
    if (can(ctx.viewer, 'provider:readAssessment', subject)) readable.push(a);
  }
  return criteria.map((criterion) => ({
    criterion,
    claim: claims.find((c) => c.criterion.id === criterion.id) ?? null,
    assessments: readable.filter((a) => a.criterion.id === criterion.id),
    partnerId: partner.id,
  }));
}

/**
 * The state's technical-assistance providers: partners of that kind, not archived, with an accepted
 * ACTIVE partnership with at least one district of the state; by name.
 */
export async function providersOfState(ctx: Context, state: string): Promise<PartnerOrganization[]> {
  const districts = new Set((await districtIdsByState(ctx.em, [state])).get(state) ?? []);
  if (!districts.size) return [];
  const providers = await ctx.em.find(
    PartnerOrganization,
    { kind: PartnerKind.TECHNICAL_ASSISTANCE, archivedAt: null },
    { orderBy: { name: 'asc', id: 'asc' } },
  );
  const subjects = await Promise.all(providers.map((p) => partnerSubject(ctx.em, p)));
  return providers.filter((_, i) => subjects[i]!.activeDistrictIds.some((id) => districts.has(id)));
}
