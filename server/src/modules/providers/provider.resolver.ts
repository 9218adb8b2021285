import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { authorize, can, isSignedIn, partnerSubject, stateSubject } from '../access/index.js';
import { District, PartnerOrganization, StateAgency } from '../organizations/index.js';
import { ProviderCriterion } from '../state-overview/index.js';
import { assessmentSubject } from './provider.access.js';
import { providersOfState, standingsOf } from './provider.read.js';
import { ProviderCriterionStanding } from './provider.types.js';

/** Where a technical-assistance provider stands on its state's provider criteria. */
@Resolver(() => PartnerOrganization)
export class PartnerProviderResolver {
  @FieldResolver(() => [ProviderCriterionStanding], {
    description:
      'For a technical-assistance provider: each published provider criterion of the state (by default the partner’s own), with its claim and the assessments you may read. Empty for other partners.',
  })
  async providerCriteria(
    @Root() partner: PartnerOrganization,
    @Arg('state', () => String, { nullable: true, description: 'Two-letter state code.' })
    state: string | null,
    @Ctx() ctx: Context,
  ): Promise<ProviderCriterionStanding[]> {
    const entity = await ctx.em.findOneOrFail(PartnerOrganization, partner.id);
    const code = state ?? entity.state;
    return code ? standingsOf(ctx, entity, code) : [];
  }
}

@Resolver(() => ProviderCriterionStanding)
export class StandingResolver {
  @FieldResolver(() => Boolean, { description: 'Whether you may claim this criterion for the provider.' })
  async viewerCanClaim(@Root() standing: ProviderCriterionStanding, @Ctx() ctx: Context): Promise<boolean> {
    if (!isSignedIn(ctx.viewer)) return false;
    const partner = await ctx.em.findOneOrFail(PartnerOrganization, standing.partnerId);
    return can(ctx.viewer, 'provider:claim', await partnerSubject(ctx.em, partner));
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether you may assess the provider against this criterion for the district.',
  })
  async viewerCanAssess(
    @Root() standing: ProviderCriterionStanding,
    @Arg('districtId', () => ID) districtId: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    const id = fromGlobalId(districtId);
    if (!isSignedIn(ctx.viewer) || id?.type !== 'District') return false;
    const district = await ctx.em.findOne(District, id.id);
    if (!district) return false;
    const criterion = await ctx.em.findOneOrFail(ProviderCriterion, standing.criterion.id, {
      populate: ['stateAgency'],
    });
    const subject = await assessmentSubject(ctx, district, standing.partnerId, criterion.stateAgency.state);
    return can(ctx.viewer, 'provider:assess', subject);
  }
}

/** The technical-assistance providers working with a state's districts (the state's staff). */
@Resolver(() => StateAgency)
export class StateProvidersResolver {
  @FieldResolver(() => [PartnerOrganization], {
    description:
      'Technical-assistance providers with an accepted partnership with a district of the state, by name (the agency’s staff).',
  })
  technicalAssistanceProviders(@Root() agency: StateAgency, @Ctx() ctx: Context) {
    authorize(ctx.viewer, 'state:readPrivate', stateSubject(agency));
    return providersOfState(ctx, agency.state);
  }
}
