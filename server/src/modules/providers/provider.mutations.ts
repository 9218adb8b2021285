import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { loadNode } from '../../graphql/load-node.js';
import { authorize, partnerSubject } from '../access/index.js';
import { District, PartnerOrganization } from '../organizations/index.js';
import { ProviderCriterion } from '../state-overview/index.js';
import { assessmentSubject } from './provider.access.js';
import {
  AssessProviderInput,
  ClaimProviderCriterionInput,
  WithdrawProviderClaimInput,
} from './provider.inputs.js';
import {
  AssessProviderPayload,
  ClaimProviderCriterionPayload,
  WithdrawProviderClaimPayload,
} from './provider.payloads.js';
import { assessProvider } from './provider-assessment.service.js';
import { ProviderClaim } from './provider-claim.entity.js';
import { claimProviderCriterion, withdrawProviderClaim } from './provider-claim.service.js';

@Resolver()
export class ProviderMutations {
  @Mutation(() => ClaimProviderCriterionPayload, {
    description: 'A technical-assistance provider claims it meets a provider criterion, with evidence.',
  })
  async claimProviderCriterion(@Arg('input') input: ClaimProviderCriterionInput, @Ctx() ctx: Context) {
    const partner = await loadNode(ctx, PartnerOrganization, input.partnerId, {
      argument: 'input.partnerId',
    });
    authorize(ctx.viewer, 'provider:claim', await partnerSubject(ctx.em, partner));
    const criterion = await loadNode(ctx, ProviderCriterion, input.criterionId, {
      argument: 'input.criterionId',
    });
    return claimProviderCriterion({ em: ctx.em, audit: ctx, partner, criterion, input });
  }

  @Mutation(() => WithdrawProviderClaimPayload, { description: 'Withdraws a provider’s claim.' })
  async withdrawProviderClaim(@Arg('input') input: WithdrawProviderClaimInput, @Ctx() ctx: Context) {
    const claim = await loadNode(ctx, ProviderClaim, input.id, {
      argument: 'input.id',
      populate: ['partner'],
    });
    authorize(ctx.viewer, 'provider:claim', await partnerSubject(ctx.em, claim.partner));
    return withdrawProviderClaim({ em: ctx.em, audit: ctx, claim, version: input.version });
  }

  @Mutation(() => AssessProviderPayload, {
    description:
      'Records or changes the district’s assessment of a technical-assistance provider against one criterion of its state.',
  })
  async assessProvider(@Arg('input') input: AssessProviderInput, @Ctx() ctx: Context) {
    const district = await loadNode(ctx, District, input.districtId, { argument: 'input.districtId' });
    const partner = await loadNode(ctx, PartnerOrganization, input.partnerId, {
      argument: 'input.partnerId',
    });
    const criterion = await loadNode(ctx, ProviderCriterion, input.criterionId, {
      argument: 'input.criterionId',
      populate: ['stateAgency'],
    });
    authorize(
      ctx.viewer,
      'provider:assess',
      await assessmentSubject(ctx, district, partner.id, criterion.stateAgency.state),
    );
    return assessProvider({
      em: ctx.em,
      audit: ctx,
      viewer: ctx.viewer,
      district,
      partner,
      criterion,
      input,
    });
  }
}
