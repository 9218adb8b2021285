import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { BadUserInputError } from '../../graphql/errors.js';
import { idOfType } from '../../graphql/global-id.js';
import { loadNode } from '../../graphql/load-node.js';
import { authorize, districtSubject } from '../access/index.js';
import { districtDocumentSubject } from '../partnerships/index.js';
import { District } from '../organizations/index.js';
import {
  ImportOpportunitiesCsvInput,
  ImportOpportunitiesCsvPayload,
  importOpportunitiesCsv,
} from './csv-import.js';
import { readDraftListings } from './opportunity-list.document.js';
import {
  PublishOpportunityListInput,
  SubmitOpportunityInput,
  UpdateDraftOpportunityInput,
} from './opportunity-list.inputs.js';
import { DraftOpportunityPayload, PublishOpportunityListPayload } from './opportunity-list.payloads.js';
import { notifyPublished } from './opportunity-list.notices.js';
import { publishOpportunityList } from './opportunity-list.publish.js';
import { submitOpportunity, updateDraftOpportunity } from './opportunity-list.service.js';

/** The partner a global id in the input names; undefined when omitted, null for the district itself. */
function partnerIdOf(globalId: string | null | undefined): number | null | undefined {
  if (globalId == null) return globalId;
  const id = idOfType(globalId, 'PartnerOrganization');
  if (id === null)
    throw new BadUserInputError('"input.partnerId" is not a partner organization id.', 'input.partnerId');
  return id;
}

@Resolver()
export class OpportunityListMutations {
  @Mutation(() => DraftOpportunityPayload, {
    description:
      "Adds a listing to the district's live draft list; open editors see it at once (district writers for any active partner or the district, partner writers for their own partner).",
  })
  async submitOpportunity(@Arg('input') input: SubmitOpportunityInput, @Ctx() ctx: Context) {
    const district = await loadNode(ctx, District, input.districtId, { argument: 'input.districtId' });
    const subject = await districtDocumentSubject(ctx.em, district.id);
    authorize(ctx.viewer, 'opportunities:submit', subject);
    return submitOpportunity({ ctx, subject, partnerId: partnerIdOf(input.partnerId), input });
  }

  @Mutation(() => DraftOpportunityPayload, {
    description:
      'Changes fields of a listing in the live draft list; open editors see it at once (partner writers only for their own listings).',
  })
  async updateDraftOpportunity(@Arg('input') input: UpdateDraftOpportunityInput, @Ctx() ctx: Context) {
    const district = await loadNode(ctx, District, input.districtId, { argument: 'input.districtId' });
    const subject = await districtDocumentSubject(ctx.em, district.id);
    authorize(ctx.viewer, 'opportunities:submit', subject);
    return updateDraftOpportunity({ ctx, subject, listingId: input.listingId, input });
  }

  @Mutation(() => ImportOpportunitiesCsvPayload, {
    description:
      'Checks CSV rows as listings and adds them to the live draft list: all or none unless skipInvalid; none with dryRun (as submitOpportunity).',
  })
  async importOpportunitiesCsv(@Arg('input') input: ImportOpportunitiesCsvInput, @Ctx() ctx: Context) {
    const district = await loadNode(ctx, District, input.districtId, { argument: 'input.districtId' });
    const subject = await districtDocumentSubject(ctx.em, district.id);
    authorize(ctx.viewer, 'opportunities:submit', subject);
    return importOpportunitiesCsv({ ctx, subject, input });
  }

  @Mutation(() => PublishOpportunityListPayload, {
    description:
      'Publishes the live draft list as the next immutable, numbered version when every listing is valid (district admins and staff).',
  })
  async publishOpportunityList(@Arg('input') input: PublishOpportunityListInput, @Ctx() ctx: Context) {
    const district = await loadNode(ctx, District, input.districtId, { argument: 'input.districtId' });
    authorize(ctx.viewer, 'opportunities:publish', districtSubject(district));
    const drafts = await readDraftListings(ctx, district.id);
    const result = await publishOpportunityList({
      em: ctx.em,
      audit: ctx,
      district,
      drafts,
      summary: input.summary,
      today: ctx.today,
    });
    if (result.version) {
      const facts = {
        district,
        number: result.version.number,
        drafts,
        heldBack: result.heldBack,
        actor: ctx.viewer,
      };
      // The version has committed; a notice that cannot be recorded is logged and never undoes it.
      await notifyPublished(ctx.em, facts).catch((error: unknown) =>
        ctx.log.error({ err: error }, 'publish notifications could not be recorded'),
      );
    }
    return result;
  }
}
