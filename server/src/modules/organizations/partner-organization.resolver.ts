import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { pageFrom, toConnection } from '../../graphql/relay.js';
import { PartnerContact } from './partner-contact.entity.js';
import { PartnerOrganization } from './partner-organization.entity.js';
import { PartnerListArgs } from './organization.args.js';
import { listPartners, publicContacts } from './organization.service.js';
import { PartnerOrganizationConnection } from './organization.types.js';

@Resolver(() => PartnerOrganization)
export class PartnerOrganizationResolver {
  @Query(() => PartnerOrganization, {
    nullable: true,
    description: 'A partner organization by its public short name.',
  })
  partnerOrganization(@Arg('slug') slug: string, @Ctx() ctx: Context): Promise<PartnerOrganization | null> {
    return ctx.em.findOne(PartnerOrganization, { slug });
  }

  @Query(() => PartnerOrganizationConnection, { description: 'All partner organizations, by name.' })
  async partnerOrganizations(@Args() args: PartnerListArgs, @Ctx() ctx: Context) {
    const page = pageFrom(args);
    const { items, total } = await listPartners(ctx.em, args, page);
    return toConnection(items, total, page);
  }

  @FieldResolver(() => [PartnerContact], { description: 'Contacts who agreed to be listed publicly.' })
  publicContacts(@Root() partner: PartnerOrganization, @Ctx() ctx: Context): Promise<PartnerContact[]> {
    return publicContacts(ctx.em, partner.id);
  }
}
