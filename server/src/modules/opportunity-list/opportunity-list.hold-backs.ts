import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { BadUserInputError } from '../../graphql/errors.js';
import { authorize, partnershipSubject } from '../access/index.js';
import { Partnership, partnerStandings, requestDistrictDocumentSubject } from '../partnerships/index.js';
import { OpportunityDraft } from './opportunity-list.draft-view.js';
import { partnerHoldBack } from './opportunity-list.publish.js';

const MAX_PARTNERS = 500;

@ObjectType({ description: 'Why publishing would hold back listings now, and what would let them through.' })
export class PublishingHoldBack {
  @Field()
  reason!: string;

  @Field({ description: 'What would let the listings be published.' })
  remedy!: string;
}

@ObjectType({
  description:
    'A partner whose listings publishing would hold back now, why, and what would let them through.',
})
export class DraftHoldBack extends PublishingHoldBack {
  @Field(() => Int, { description: "The partner's number, as a draft listing's `partnerId` holds it." })
  partnerId!: number;
}

@Resolver(() => OpportunityDraft)
export class OpportunityDraftHoldBacksResolver {
  @FieldResolver(() => [DraftHoldBack], {
    description:
      'Of the given partners (those offering listings in the draft), the ones whose listings publishing would hold back; the same rule as publishing. People who may view the draft.',
  })
  async holdBacks(
    @Root() draft: OpportunityDraft,
    @Arg('partnerIds', () => [Int]) partnerIds: number[],
    @Ctx() ctx: Context,
  ): Promise<DraftHoldBack[]> {
    authorize(ctx.viewer, 'opportunities:view', await requestDistrictDocumentSubject(ctx, draft.districtId));
    if (partnerIds.length > MAX_PARTNERS)
      throw new BadUserInputError(`"partnerIds" may name at most ${MAX_PARTNERS} partners.`, 'partnerIds');
    const ids = [...new Set(partnerIds)];
    const standings = await partnerStandings(ctx.em, draft.districtId, ids, ctx.today);
    return ids.flatMap((partnerId) => {
      const held = partnerHoldBack(standings.get(partnerId));
      return held ? [{ partnerId, ...held }] : [];
    });
  }
}

@Resolver(() => Partnership)
export class PartnershipHoldBackResolver {
  @FieldResolver(() => PublishingHoldBack, {
    nullable: true,
    description:
      "Whether the district's next publish would hold back the partner's listings, why and what to do; null when it would publish them. Members of the two organizations only ('partnership:read').",
  })
  async publishingHoldBack(@Root() p: Partnership, @Ctx() ctx: Context): Promise<PublishingHoldBack | null> {
    authorize(ctx.viewer, 'partnership:read', partnershipSubject(p));
    const standings = await partnerStandings(ctx.em, p.district.id, [p.partner.id], ctx.today);
    return partnerHoldBack(standings.get(p.partner.id));
  }
}
