import { ErrorCode, VettingKind } from '@partnerhub/shared';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PublicError } from '../../graphql/errors.js';
import { authorize, partnershipSubject } from '../access/index.js';
import { Partnership } from './partnership.entity.js';
import { VettingRecord } from './vetting-record.entity.js';
import {
  VettingStatus,
  expiresWithin,
  isExpired,
  vettingStatusOf,
  vettingSummary,
} from './vetting-status.js';

const KIND_ORDER = Object.values(VettingKind);

/** The partnership's vetting records in kind order, after checking the viewer may read them. */
async function vettingOf(ctx: Context, partnership: Partnership): Promise<VettingRecord[]> {
  authorize(ctx.viewer, 'partnership:read', partnershipSubject(partnership));
  const records = await ctx.em.find(VettingRecord, { partnership: partnership.id });
  return records.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

@Resolver(() => Partnership)
export class PartnershipVettingResolver {
  @FieldResolver(() => [VettingRecord], {
    description: "Recorded vetting requirements, one per kind ('partnership:read').",
  })
  vetting(@Root() partnership: Partnership, @Ctx() ctx: Context): Promise<VettingRecord[]> {
    return vettingOf(ctx, partnership);
  }

  @FieldResolver(() => VettingStatus, {
    description: "The worst status over every kind; a kind without a record is MISSING ('partnership:read').",
  })
  async vettingStatus(@Root() partnership: Partnership, @Ctx() ctx: Context): Promise<VettingStatus> {
    return vettingSummary(await vettingOf(ctx, partnership), ctx.today);
  }
}

@Resolver(() => VettingRecord)
export class VettingRecordResolver {
  @FieldResolver(() => Partnership)
  partnership(@Root() record: VettingRecord, @Ctx() ctx: Context): Promise<Partnership> {
    return ctx.em.findOneOrFail(Partnership, record.partnership.id, { populate: ['district', 'partner'] });
  }

  @FieldResolver(() => Boolean, { description: 'Whether the expiry date has passed (today is still valid).' })
  expired(@Root() record: VettingRecord, @Ctx() ctx: Context): boolean {
    return isExpired(record.expiresOn, ctx.today);
  }

  @FieldResolver(() => VettingStatus)
  status(@Root() record: VettingRecord, @Ctx() ctx: Context): VettingStatus {
    return vettingStatusOf(record.expiresOn, ctx.today);
  }

  @FieldResolver(() => Boolean, { description: 'Whether it is still valid but expires within `days` days.' })
  expiresWithinDays(
    @Root() record: VettingRecord,
    @Arg('days', () => Int) days: number,
    @Ctx() ctx: Context,
  ): boolean {
    if (days < 0 || days > 3650)
      throw new PublicError(ErrorCode.BAD_USER_INPUT, '"days" must be between 0 and 3650.', {
        argument: 'days',
      });
    return expiresWithin(record.expiresOn, ctx.today, days);
  }
}
