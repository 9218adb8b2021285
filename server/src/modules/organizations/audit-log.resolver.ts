import { ErrorCode } from '@partnerhub/shared';
import { Args, ArgsType, Ctx, Field, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PublicError } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { ForwardPaginationArgs, pageFrom, toConnection } from '../../graphql/relay.js';
import { authorize, districtSubject, partnerSubject } from '../access/index.js';
import { AuditEntryConnection, listAuditEntries, toAuditEntryType } from '../audit/index.js';
import { loadOrganization } from './organization-ref.js';

@ArgsType()
class AuditLogArgs extends ForwardPaginationArgs {
  @Field(() => ID, { description: 'The District or PartnerOrganization whose log to read.' })
  organizationId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'An action (`partnership.update`) or a prefix ending in "." (`partnership.`).',
  })
  action?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only changes to this object.' })
  targetId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only changes by this user.' })
  actorId?: string | null;

  @Field(() => Date, { nullable: true })
  since?: Date | null;

  @Field(() => Date, { nullable: true })
  until?: Date | null;
}

@Resolver()
export class AuditLogResolver {
  @Query(() => AuditEntryConnection, {
    description: "An organization's audit log, newest first (its admins).",
  })
  async auditLog(@Args() args: AuditLogArgs, @Ctx() ctx: Context) {
    const org = await loadOrganization(ctx, args.organizationId, 'organizationId');
    if (org.kind === 'district') authorize(ctx.viewer, 'district:readAudit', districtSubject(org.district));
    else if (org.kind === 'partner')
      authorize(ctx.viewer, 'partner:readAudit', await partnerSubject(ctx.em, org.partner));
    else throw new PublicError(ErrorCode.FORBIDDEN, "A state agency's audit log is not kept here.");
    const target = args.targetId ? fromGlobalId(args.targetId) : null;
    const actor = args.actorId ? fromGlobalId(args.actorId) : null;
    const page = pageFrom(args);
    const { items, total } = await listAuditEntries(
      ctx.em,
      {
        ...(org.district ? { districtId: org.district.id } : { partnerId: org.partner.id }),
        target: target ?? undefined,
        action: args.action,
        actorUserId: actor?.type === 'User' ? actor.id : null,
        since: args.since,
        until: args.until,
      },
      page,
    );
    return toConnection(items.map(toAuditEntryType), total, page);
  }
}
