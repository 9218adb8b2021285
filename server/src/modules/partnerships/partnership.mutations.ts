import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { loadNode } from '../../graphql/load-node.js';
import { authorize, districtSubject, partnerSubject, partnershipSubject } from '../access/index.js';
import { District, PartnerOrganization } from '../organizations/index.js';
import { Partnership } from './partnership.entity.js';
import {
  AcceptPartnershipRequestInput,
  CreatePartnershipInput,
  DeclinePartnershipRequestInput,
  ProposePartnershipInput,
  ProposePartnershipToDistrictInput,
  UpdatePartnershipInput,
} from './partnership.inputs.js';
import {
  AcceptPartnershipRequestPayload,
  CreatePartnershipPayload,
  DeclinePartnershipRequestPayload,
  ProposePartnershipPayload,
  ProposePartnershipToDistrictPayload,
  UpdatePartnershipPayload,
} from './partnership.payloads.js';
import { notifyPartnershipAnswer, notifyPartnershipRequest } from './partnership.notices.js';
import { answerPartnershipRequest } from './partnership.requests.js';
import {
  proposePartnership,
  proposePartnershipToDistrict,
  updatePartnership,
} from './partnership.service.js';

/** The district proposes; the partner is told when it was asked (not when the district manages it). */
async function districtProposes(ctx: Context, input: ProposePartnershipInput) {
  const district = await loadNode(ctx, District, input.districtId, { argument: 'input.districtId' });
  authorize(ctx.viewer, 'partnership:create', districtSubject(district));
  const partner = await loadNode(ctx, PartnerOrganization, input.partnerId, { argument: 'input.partnerId' });
  const result = await proposePartnership({ em: ctx.em, audit: ctx, district, partner, input });
  const created = result.partnership;
  if (created && !created.acceptedAt)
    await tell(ctx, () => notifyPartnershipRequest(ctx.em, created, ctx.viewer));
  return result;
}

/** Tells people of a change that has committed; a failure is logged and never undoes the change. */
async function tell(ctx: Context, notice: () => Promise<unknown>) {
  try {
    await notice();
  } catch (error) {
    ctx.log.error({ err: error }, 'a notification could not be recorded');
  }
}

async function answer(ctx: Context, input: AcceptPartnershipRequestInput, accept: boolean) {
  const partnership = await loadNode(ctx, Partnership, input.id, { argument: 'input.id' });
  authorize(ctx.viewer, 'partnership:respond', partnershipSubject(partnership));
  const result = await answerPartnershipRequest({
    em: ctx.em,
    audit: ctx,
    partnership,
    version: input.version,
    accept,
  });
  const answered = result.partnership;
  if (answered) await tell(ctx, () => notifyPartnershipAnswer(ctx.em, answered, ctx.viewer));
  return result;
}

@Resolver()
export class PartnershipMutations {
  @Mutation(() => ProposePartnershipPayload, {
    description:
      "A district proposes a partnership to a partner (district staff). To a partner with an admin of its own it is a request the partner's admins accept or decline (they are e-mailed); to a partner the district manages it is agreed at once.",
  })
  proposePartnership(@Arg('input') input: ProposePartnershipInput, @Ctx() ctx: Context) {
    return districtProposes(ctx, input);
  }

  @Mutation(() => CreatePartnershipPayload, {
    description: 'The same as proposePartnership.',
    deprecationReason: 'Use proposePartnership.',
  })
  createPartnership(@Arg('input') input: CreatePartnershipInput, @Ctx() ctx: Context) {
    return districtProposes(ctx, input);
  }

  @Mutation(() => ProposePartnershipToDistrictPayload, {
    description:
      "A partner proposes a partnership to a district (the partner's admins); the district's admins accept or decline it and are e-mailed.",
  })
  async proposePartnershipToDistrict(
    @Arg('input') input: ProposePartnershipToDistrictInput,
    @Ctx() ctx: Context,
  ) {
    const partner = await loadNode(ctx, PartnerOrganization, input.partnerId, {
      argument: 'input.partnerId',
    });
    authorize(ctx.viewer, 'partner:proposePartnership', await partnerSubject(ctx.em, partner));
    const district = await loadNode(ctx, District, input.districtId, { argument: 'input.districtId' });
    const result = await proposePartnershipToDistrict({ em: ctx.em, audit: ctx, district, partner, input });
    const created = result.partnership;
    if (created) await tell(ctx, () => notifyPartnershipRequest(ctx.em, created, ctx.viewer));
    return result;
  }

  @Mutation(() => AcceptPartnershipRequestPayload, {
    description:
      'Accepts a pending request as the side that was asked (its admins); the partnership becomes ACTIVE.',
  })
  acceptPartnershipRequest(@Arg('input') input: AcceptPartnershipRequestInput, @Ctx() ctx: Context) {
    return answer(ctx, input, true);
  }

  @Mutation(() => DeclinePartnershipRequestPayload, {
    description: 'Declines a pending request as the side that was asked (its admins); nothing is shared.',
  })
  declinePartnershipRequest(@Arg('input') input: DeclinePartnershipRequestInput, @Ctx() ctx: Context) {
    return answer(ctx, input, false);
  }

  @Mutation(() => UpdatePartnershipPayload, {
    description:
      'Changes a partnership, its status included (district staff). Until the partner accepts it stays a PROSPECT, and a request from a partner is not the district’s to change.',
  })
  async updatePartnership(@Arg('input') input: UpdatePartnershipInput, @Ctx() ctx: Context) {
    const partnership = await loadNode(ctx, Partnership, input.id, { argument: 'input.id' });
    authorize(ctx.viewer, 'partnership:update', partnershipSubject(partnership));
    const result = await updatePartnership({ em: ctx.em, audit: ctx, partnership, input });
    // Its status or vision participation decides which partner members may open the district's
    // documents: the ones open now are decided again.
    if (result.userErrors.length === 0)
      await ctx.app.revocations.publish({ kind: 'district', districtId: partnership.district.id });
    return result;
  }
}
