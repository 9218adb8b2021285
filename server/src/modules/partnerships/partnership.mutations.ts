import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { loadNode } from '../../graphql/load-node.js';
import { authorize } from '../identity/policy.js';
import { districtSubject, partnershipSubject } from '../identity/subjects.js';
import { District, PartnerOrganization } from '../organizations/index.js';
import { Partnership } from './partnership.entity.js';
import { CreatePartnershipInput, UpdatePartnershipInput } from './partnership.inputs.js';
import { CreatePartnershipPayload, UpdatePartnershipPayload } from './partnership.payloads.js';
import { createPartnership, updatePartnership } from './partnership.service.js';

@Resolver()
export class PartnershipMutations {
  @Mutation(() => CreatePartnershipPayload, {
    description: 'Starts a relationship between a district and a partner (district staff).',
  })
  async createPartnership(@Arg('input') input: CreatePartnershipInput, @Ctx() ctx: Context) {
    const district = await loadNode(ctx, District, input.districtId, { argument: 'input.districtId' });
    authorize(ctx.viewer, 'partnership:create', districtSubject(district));
    const partner = await loadNode(ctx, PartnerOrganization, input.partnerId, {
      argument: 'input.partnerId',
    });
    return createPartnership({ em: ctx.em, audit: ctx, district, partner, input });
  }

  @Mutation(() => UpdatePartnershipPayload, {
    description: 'Changes a partnership, its status included (district staff).',
  })
  async updatePartnership(@Arg('input') input: UpdatePartnershipInput, @Ctx() ctx: Context) {
    const partnership = await loadNode(ctx, Partnership, input.id, { argument: 'input.id' });
    authorize(ctx.viewer, 'partnership:update', partnershipSubject(partnership));
    return updatePartnership({ em: ctx.em, audit: ctx, partnership, input });
  }
}
