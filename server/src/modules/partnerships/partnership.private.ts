import { Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ForwardPaginationArgs, pageFrom, toConnection } from '../../graphql/relay.js';
import { AuditEntryConnection, listAuditEntries, toAuditEntryType } from '../audit/index.js';
import { authorize, can, partnershipSubject } from '../access/index.js';
import { Partnership } from './partnership.entity.js';

/**
 * The partnership after checking the viewer may read its private fields.
 * @throws PublicError UNAUTHENTICATED for the public, FORBIDDEN for others not allowed 'partnership:read'.
 */
function readable(ctx: Context, partnership: Partnership): Partnership {
  authorize(ctx.viewer, 'partnership:read', partnershipSubject(partnership));
  return partnership;
}

const PRIVATE = "Members of the two organizations only ('partnership:read'); others get FORBIDDEN.";
const text = (description: string) => ({ nullable: true, description: `${description} ${PRIVATE}` });

/**
 * Private fields of a partnership. They refuse (rather than return null) so that a client can tell
 * "not allowed" from "empty"; the public fields stay on the entity.
 */
@Resolver(() => Partnership)
export class PartnershipPrivateResolver {
  @FieldResolver(() => String, text('Link to the signed agreement (memorandum of understanding).'))
  agreementUrl(@Root() p: Partnership, @Ctx() ctx: Context) {
    return readable(ctx, p).agreementUrl ?? null;
  }

  @FieldResolver(() => String, text('YYYY-MM-DD: when the agreement was signed.'))
  agreementSignedOn(@Root() p: Partnership, @Ctx() ctx: Context) {
    return readable(ctx, p).agreementSignedOn ?? null;
  }

  @FieldResolver(() => String, text('YYYY-MM-DD: when the agreement is up for renewal.'))
  agreementRenewalOn(@Root() p: Partnership, @Ctx() ctx: Context) {
    return readable(ctx, p).agreementRenewalOn ?? null;
  }

  @FieldResolver(() => String, text("The district's contact person."))
  districtContactName(@Root() p: Partnership, @Ctx() ctx: Context) {
    return readable(ctx, p).districtContactName ?? null;
  }

  @FieldResolver(() => String, text("The district contact's e-mail address."))
  districtContactEmail(@Root() p: Partnership, @Ctx() ctx: Context) {
    return readable(ctx, p).districtContactEmail ?? null;
  }

  @FieldResolver(() => String, text("The partner's contact person."))
  partnerContactName(@Root() p: Partnership, @Ctx() ctx: Context) {
    return readable(ctx, p).partnerContactName ?? null;
  }

  @FieldResolver(() => String, text("The partner contact's e-mail address."))
  partnerContactEmail(@Root() p: Partnership, @Ctx() ctx: Context) {
    return readable(ctx, p).partnerContactEmail ?? null;
  }

  @FieldResolver(() => String, text('Internal notes.'))
  notes(@Root() p: Partnership, @Ctx() ctx: Context) {
    return readable(ctx, p).notes ?? null;
  }

  @FieldResolver(() => Int, {
    description:
      "Pass it back when updating or answering a request; a stale value is refused. The two organizations only ('partnership:see'); others get FORBIDDEN.",
  })
  version(@Root() p: Partnership, @Ctx() ctx: Context): number {
    authorize(ctx.viewer, 'partnership:see', partnershipSubject(p));
    return p.version;
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may change the partnership and its vetting.' })
  viewerCanUpdate(@Root() p: Partnership, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'partnership:update', partnershipSubject(p));
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether you may read its private details (agreement, contacts, notes, vetting, history).',
  })
  viewerCanReadPrivate(@Root() p: Partnership, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'partnership:read', partnershipSubject(p));
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether you may accept or decline this request: the side that was asked, while it is pending.',
  })
  viewerCanRespond(@Root() p: Partnership, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'partnership:respond', partnershipSubject(p));
  }

  @FieldResolver(() => AuditEntryConnection, {
    description: `Changes to the partnership and its vetting, newest first. ${PRIVATE}`,
  })
  async history(@Root() p: Partnership, @Args() args: ForwardPaginationArgs, @Ctx() ctx: Context) {
    readable(ctx, p);
    const page = pageFrom(args);
    const { items, total } = await listAuditEntries(
      ctx.em,
      { target: { type: 'Partnership', id: p.id } },
      page,
    );
    return toConnection(items.map(toAuditEntryType), total, page);
  }
}
