import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { loadNode } from '../../graphql/load-node.js';
import { authorizeOnPartner } from './partner-access.js';
import { PartnerContact } from './partner-contact.entity.js';
import {
  CreatePartnerContactInput,
  DeletePartnerContactInput,
  UpdatePartnerContactInput,
} from './partner-contact.inputs.js';
import {
  CreatePartnerContactPayload,
  DeletePartnerContactPayload,
  UpdatePartnerContactPayload,
} from './partner-contact.payloads.js';
import {
  createPartnerContact,
  deletePartnerContact,
  updatePartnerContact,
} from './partner-contact.service.js';
import { PartnerOrganization } from './partner-organization.entity.js';

@Resolver()
export class PartnerContactMutations {
  @Mutation(() => CreatePartnerContactPayload, { description: 'Adds a contact person to a partner.' })
  async createPartnerContact(@Arg('input') input: CreatePartnerContactInput, @Ctx() ctx: Context) {
    const partner = await loadNode(ctx, PartnerOrganization, input.partnerId, {
      argument: 'input.partnerId',
    });
    await authorizeOnPartner(ctx, 'partner:update', partner);
    return createPartnerContact({ em: ctx.em, audit: ctx, partner, input });
  }

  @Mutation(() => UpdatePartnerContactPayload, { description: "Changes a partner's contact person." })
  async updatePartnerContact(@Arg('input') input: UpdatePartnerContactInput, @Ctx() ctx: Context) {
    const contact = await loadNode(ctx, PartnerContact, input.id, {
      argument: 'input.id',
      populate: ['partner'],
    });
    await authorizeOnPartner(ctx, 'partner:update', contact.partner);
    return updatePartnerContact({ em: ctx.em, audit: ctx, contact, input });
  }

  @Mutation(() => DeletePartnerContactPayload, { description: "Removes a partner's contact person." })
  async deletePartnerContact(@Arg('input') input: DeletePartnerContactInput, @Ctx() ctx: Context) {
    const contact = await loadNode(ctx, PartnerContact, input.id, {
      argument: 'input.id',
      populate: ['partner'],
    });
    await authorizeOnPartner(ctx, 'partner:update', contact.partner);
    return deletePartnerContact({ em: ctx.em, audit: ctx, contact, version: input.version });
  }
}
