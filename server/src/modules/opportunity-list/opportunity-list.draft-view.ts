import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { authorize, can } from '../access/index.js';
import { requestDistrictDocumentSubject } from '../partnerships/index.js';
import { OpportunityListVersion } from '../opportunities/index.js';
import { District, PartnerOrganization } from '../organizations/index.js';
import { ownPartnerIds, writesForDistrict } from './opportunity-list.access.js';
import { OpportunityListChanges, compareWithNewest } from './opportunity-list.changes.js';
import { opportunitiesDocName, readDraftListings } from './opportunity-list.document.js';
import { HeldBackListing, ListingProblemType } from './opportunity-list.payloads.js';
import { reviewDraft } from './opportunity-list.publish.js';

@ObjectType({ description: "A district's live draft opportunity list, co-edited at /collab/<documentName>." })
export class OpportunityDraft {
  districtId!: number;
}

@ObjectType({ description: 'An organization that may offer listings in the draft: an active partner.' })
export class DraftOfferer {
  @Field(() => Int, { description: "The partner's number as a draft listing's `partnerId` holds it." })
  partnerId!: number;

  @Field()
  name!: string;

  @Field({ description: 'Whether you may add and change the listings it offers.' })
  viewerCanEdit!: boolean;
}

@ObjectType({ description: 'What publishing the draft now would do; nothing is published by reading it.' })
export class OpportunityPublishPreview {
  @Field(() => Int, { description: 'Listings in the draft.' })
  listingCount!: number;

  @Field({ description: 'Whether publishing now would create a version (no problems, some listings).' })
  publishable!: boolean;

  @Field(() => [ListingProblemType], {
    description: 'Every problem of every listing; any one stops publishing.',
  })
  problems!: ListingProblemType[];

  @Field(() => [HeldBackListing])
  heldBack!: HeldBackListing[];

  @Field(() => OpportunityListVersion, {
    nullable: true,
    description: 'The newest version; null before any.',
  })
  newestVersion!: OpportunityListVersion | null;

  @Field(() => OpportunityListChanges, {
    description: 'What the new version would change compared with the newest (valid listings only).',
  })
  changes!: OpportunityListChanges;
}

@Resolver(() => District)
export class DistrictOpportunityDraftResolver {
  @FieldResolver(() => OpportunityDraft, {
    description: "The district's live draft list, which district staff and active partners edit together.",
  })
  opportunityDraft(@Root() district: District): OpportunityDraft {
    return { districtId: district.id };
  }
}

@Resolver(() => OpportunityDraft)
export class OpportunityDraftResolver {
  @FieldResolver(() => String, {
    description:
      'The live document to open at `/collab/<documentName>` (y-websocket), e.g. `opportunities:12`.',
  })
  documentName(@Root() draft: OpportunityDraft): string {
    return opportunitiesDocName(draft.districtId);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may follow the draft as it is edited.' })
  async viewerCanView(@Root() draft: OpportunityDraft, @Ctx() ctx: Context): Promise<boolean> {
    return can(ctx.viewer, 'opportunities:view', await requestDistrictDocumentSubject(ctx, draft.districtId));
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether you may edit the draft (partner members: only listings their organization offers).',
  })
  async viewerCanEdit(@Root() draft: OpportunityDraft, @Ctx() ctx: Context): Promise<boolean> {
    return can(ctx.viewer, 'opportunities:edit', await requestDistrictDocumentSubject(ctx, draft.districtId));
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether you may change listings the district offers itself.',
  })
  viewerCanEditDistrictListings(@Root() draft: OpportunityDraft, @Ctx() ctx: Context): boolean {
    return writesForDistrict(ctx.viewer, draft.districtId);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may publish the draft as a new version.' })
  viewerCanPublish(@Root() draft: OpportunityDraft, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'opportunities:publish', { districtId: draft.districtId });
  }

  @FieldResolver(() => [DraftOfferer], {
    description:
      'The active partners that may offer listings, by name (empty for those who cannot view the draft).',
  })
  async offerers(@Root() draft: OpportunityDraft, @Ctx() ctx: Context): Promise<DraftOfferer[]> {
    const subject = await requestDistrictDocumentSubject(ctx, draft.districtId);
    if (!can(ctx.viewer, 'opportunities:view', subject) || !subject.activePartnerIds.length) return [];
    const editable = !can(ctx.viewer, 'opportunities:edit', subject)
      ? []
      : writesForDistrict(ctx.viewer, draft.districtId)
        ? subject.activePartnerIds
        : ownPartnerIds(ctx.viewer, subject);
    const partners = await ctx.em.find(
      PartnerOrganization,
      { id: { $in: subject.activePartnerIds } },
      { fields: ['id', 'name'], orderBy: { name: 'asc' }, disableIdentityMap: true },
    );
    return partners.map((p) => ({ partnerId: p.id, name: p.name, viewerCanEdit: editable.includes(p.id) }));
  }

  @FieldResolver(() => OpportunityPublishPreview, {
    description:
      'Checks the draft as publishing would: problems, held-back listings and the changes since the newest version (people who may view the draft).',
  })
  async publishPreview(
    @Root() draft: OpportunityDraft,
    @Ctx() ctx: Context,
  ): Promise<OpportunityPublishPreview> {
    authorize(ctx.viewer, 'opportunities:view', await requestDistrictDocumentSubject(ctx, draft.districtId));
    const drafts = await readDraftListings(ctx, draft.districtId);
    const review = await reviewDraft(ctx.em, draft.districtId, drafts, ctx.today);
    const newestVersion = await ctx.em.findOne(
      OpportunityListVersion,
      { district: draft.districtId },
      { orderBy: { number: 'desc' } },
    );
    return {
      listingCount: drafts.length,
      publishable: drafts.length > 0 && review.problems.length === 0,
      problems: review.problems,
      heldBack: review.heldBack,
      newestVersion,
      changes: await compareWithNewest(ctx.em, newestVersion, review.published),
    };
  }
}
