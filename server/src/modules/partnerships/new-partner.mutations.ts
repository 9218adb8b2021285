import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { loadNode } from '../../graphql/load-node.js';
import { authorize, districtSubject } from '../access/index.js';
import { District } from '../organizations/index.js';
import { CreatePartnerOrganizationInput, CreatePartnerOrganizationPayload } from './new-partner.inputs.js';
import { createPartnerOrganization } from './new-partner.service.js';

/**
 * Adding a partner lives beside partnerships because it can open a prospect partnership in the same
 * transaction; partnerships depend on organizations, never the reverse.
 */
@Resolver()
export class NewPartnerMutations {
  @Mutation(() => CreatePartnerOrganizationPayload, {
    description: 'Adds a partner organization for a district (district staff), by default as a prospect.',
  })
  async createPartnerOrganization(@Arg('input') input: CreatePartnerOrganizationInput, @Ctx() ctx: Context) {
    const district = await loadNode(ctx, District, input.districtId, { argument: 'input.districtId' });
    authorize(ctx.viewer, 'partner:create', districtSubject(district));
    if (input.createPartnership) authorize(ctx.viewer, 'partnership:create', districtSubject(district));
    return createPartnerOrganization({ em: ctx.em, audit: ctx, district, input });
  }
}
