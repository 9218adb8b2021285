import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { loadNode } from '../../graphql/load-node.js';
import { authorizeOnPartner } from './partner-access.js';
import { PartnerOrganization } from './partner-organization.entity.js';
import {
  ArchivePartnerOrganizationInput,
  UnarchivePartnerOrganizationInput,
  UpdatePartnerOrganizationInput,
} from './partner-organization.inputs.js';
import {
  ArchivePartnerOrganizationPayload,
  UnarchivePartnerOrganizationPayload,
  UpdatePartnerOrganizationPayload,
} from './partner-organization.payloads.js';
import { setPartnerArchived, updatePartnerOrganization } from './partner-organization.service.js';

@Resolver()
export class PartnerOrganizationMutations {
  @Mutation(() => UpdatePartnerOrganizationPayload, {
    description: "Changes a partner's profile (its members; partnered district staff until it has members).",
  })
  async updatePartnerOrganization(@Arg('input') input: UpdatePartnerOrganizationInput, @Ctx() ctx: Context) {
    const partner = await loadNode(ctx, PartnerOrganization, input.id, { argument: 'input.id' });
    await authorizeOnPartner(ctx, 'partner:update', partner);
    return updatePartnerOrganization({ em: ctx.em, audit: ctx, partner, input });
  }

  @Mutation(() => ArchivePartnerOrganizationPayload, {
    description: 'Takes a partner out of the public directory; its partnerships and history stay.',
  })
  async archivePartnerOrganization(
    @Arg('input') input: ArchivePartnerOrganizationInput,
    @Ctx() ctx: Context,
  ) {
    const partner = await loadNode(ctx, PartnerOrganization, input.id, { argument: 'input.id' });
    await authorizeOnPartner(ctx, 'partner:archive', partner);
    return setPartnerArchived({ em: ctx.em, audit: ctx, partner, version: input.version, archived: true });
  }

  @Mutation(() => UnarchivePartnerOrganizationPayload, {
    description: 'Brings an archived partner back into the public directory.',
  })
  async unarchivePartnerOrganization(
    @Arg('input') input: UnarchivePartnerOrganizationInput,
    @Ctx() ctx: Context,
  ) {
    const partner = await loadNode(ctx, PartnerOrganization, input.id, { argument: 'input.id' });
    await authorizeOnPartner(ctx, 'partner:archive', partner);
    return setPartnerArchived({ em: ctx.em, audit: ctx, partner, version: input.version, archived: false });
  }
}
