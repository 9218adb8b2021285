import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ForwardPaginationArgs, pageFrom, toConnection } from '../../graphql/relay.js';
import { AuditEntryConnection, listAuditEntries, toAuditEntryType } from '../audit/index.js';
import { authorizeOnPartner, canOnPartner } from './partner-access.js';
import { PartnerContact } from './partner-contact.entity.js';
import { PartnerContactNode } from './partner-contact.type.js';
import { PartnerOrganization } from './partner-organization.entity.js';

/** Scalar fields of PartnerOrganization that field resolvers compute from the id. */
export const PARTNER_RESOLVED_FIELDS: readonly string[] = [
  'archived',
  'viewerCanUpdate',
  'viewerCanArchive',
  'viewerCanReadPrivate',
  'viewerCanProposePartnership',
  'viewerCanManageMembers',
  'viewerCanManageTokens',
  'viewerCanReadAudit',
];

/**
 * Fields of a partner beyond its public profile. Each works for entities and for the read-model rows
 * of joined reads (which carry the id only). Private ones refuse with FORBIDDEN (UNAUTHENTICATED for
 * the public) rather than returning null, so a client can tell "not allowed" from "empty".
 */
@Resolver(() => PartnerOrganization)
export class PartnerOrganizationPrivateResolver {
  @FieldResolver(() => Boolean, {
    description: 'Archived partners are out of the public directory; their profile and history stay.',
  })
  async archived(@Root() partner: PartnerOrganization, @Ctx() ctx: Context): Promise<boolean> {
    const entity = await ctx.em.findOneOrFail(PartnerOrganization, partner.id);
    return entity.archivedAt != null;
  }

  @FieldResolver(() => [PartnerContactNode], {
    description: 'Every contact person, publishable or not (its members and partnered districts).',
  })
  async contacts(@Root() partner: PartnerOrganization, @Ctx() ctx: Context): Promise<PartnerContact[]> {
    await authorizeOnPartner(ctx, 'partner:readPrivate', partner);
    return ctx.em.find(PartnerContact, { partner: partner.id }, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may change the profile and its contacts.' })
  viewerCanUpdate(@Root() partner: PartnerOrganization, @Ctx() ctx: Context): Promise<boolean> {
    return canOnPartner(ctx, 'partner:update', partner);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether you may read its contacts and history: its members, the district that manages it, and districts with an accepted active partnership.',
  })
  viewerCanReadPrivate(@Root() partner: PartnerOrganization, @Ctx() ctx: Context): Promise<boolean> {
    return canOnPartner(ctx, 'partner:readPrivate', partner);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may archive or unarchive the partner.' })
  viewerCanArchive(@Root() partner: PartnerOrganization, @Ctx() ctx: Context): Promise<boolean> {
    return canOnPartner(ctx, 'partner:archive', partner);
  }

  @FieldResolver(() => AuditEntryConnection, {
    description:
      'Changes to the profile and its contacts, newest first (its members and partnered districts).',
  })
  async history(
    @Root() partner: PartnerOrganization,
    @Args() args: ForwardPaginationArgs,
    @Ctx() ctx: Context,
  ) {
    await authorizeOnPartner(ctx, 'partner:readPrivate', partner);
    const page = pageFrom(args);
    const target = { type: 'PartnerOrganization', id: partner.id };
    const { items, total } = await listAuditEntries(ctx.em, { target }, page);
    return toConnection(items.map(toAuditEntryType), total, page);
  }
}
