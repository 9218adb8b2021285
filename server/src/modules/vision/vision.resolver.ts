import { ErrorCode, visionContent } from '@partnerhub/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PublicError } from '../../graphql/errors.js';
import { idOfType } from '../../graphql/global-id.js';
import { ForwardPaginationArgs, pageFrom, toConnection } from '../../graphql/relay.js';
import { authorize } from '../access/index.js';
import { District } from '../organizations/index.js';
import { type DiffBlock, diffBlocks } from './vision.diff.js';
import { contentOf, readLiveVision, visionDocName } from './vision.document.js';
import {
  adoptedVersionId,
  canOnVision,
  findAdoptedVersion,
  listVisionVersions,
  visionSubject,
} from './vision.read.js';
import { renderVision } from './vision.render.js';
import {
  AdoptedVision,
  VisionContent,
  VisionDiffBlock,
  VisionVersionConnection,
  VisionView,
} from './vision.types.js';
import { VisionVersion } from './vision-version.entity.js';

async function authorizeView(ctx: Context, districtId: number): Promise<void> {
  authorize(ctx.viewer, 'vision:view', await visionSubject(ctx, districtId));
}

@Resolver(() => District)
export class DistrictVisionResolver {
  @FieldResolver(() => VisionView, { description: "The district's vision; its adopted text is public." })
  vision(@Root() district: District): VisionView {
    return { districtId: district.id };
  }
}

@Resolver(() => VisionView)
export class VisionResolver {
  @FieldResolver(() => AdoptedVision, {
    nullable: true,
    description: 'The version the district adopted most recently, readable by anyone; null before any.',
  })
  async adopted(@Root() vision: VisionView, @Ctx() ctx: Context): Promise<AdoptedVision | null> {
    const version = await findAdoptedVersion(ctx.em, vision.districtId);
    if (!version) return null;
    const { html, text } = renderVision(contentOf(version.snapshot));
    return {
      html,
      text,
      adoptedAt: version.adoptedAt!,
      adoptedOn: version.adoptedOn ?? null,
      resolution: version.resolution ?? null,
      versionName: version.name,
    };
  }

  @FieldResolver(() => VisionVersionConnection, {
    description: 'Saved versions, newest first (people with access to the vision document).',
  })
  async versions(@Root() vision: VisionView, @Args() args: ForwardPaginationArgs, @Ctx() ctx: Context) {
    await authorizeView(ctx, vision.districtId);
    const page = pageFrom(args);
    const [items, total] = await listVisionVersions(ctx.em, vision.districtId, page);
    return toConnection(items, total, page);
  }

  @FieldResolver(() => VisionContent, {
    description: 'The live text as it is now (people with access to the vision document).',
  })
  async current(@Root() vision: VisionView, @Ctx() ctx: Context): Promise<VisionContent> {
    await authorizeView(ctx, vision.districtId);
    const { html, text } = renderVision(visionContent(await readLiveVision(ctx, vision.districtId)));
    return { html, text };
  }

  @FieldResolver(() => [VisionDiffBlock], {
    description:
      'The version compared with the live text, paragraph by paragraph: REMOVED blocks are only in the version, ADDED ones only in the live text.',
  })
  async diff(
    @Root() vision: VisionView,
    @Arg('versionId', () => ID) versionId: string,
    @Ctx() ctx: Context,
  ): Promise<DiffBlock[]> {
    await authorizeView(ctx, vision.districtId);
    const id = idOfType(versionId, 'VisionVersion');
    const version = id
      ? await ctx.em.findOne(VisionVersion, { id, district: vision.districtId }, { populate: ['snapshot'] })
      : null;
    if (!version)
      throw new PublicError(ErrorCode.NOT_FOUND, `The vision has no version "${versionId}".`, {
        argument: 'versionId',
      });
    const live = await readLiveVision(ctx, vision.districtId);
    return diffBlocks(
      renderVision(contentOf(version.snapshot)).blocks,
      renderVision(visionContent(live)).blocks,
    );
  }

  @FieldResolver(() => String, {
    description: 'The live document to open at `/collab/<documentName>` (y-websocket), e.g. `vision:12`.',
  })
  documentName(@Root() vision: VisionView): string {
    return visionDocName(vision.districtId);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may follow the live document and its versions.' })
  viewerCanView(@Root() vision: VisionView, @Ctx() ctx: Context): Promise<boolean> {
    return canOnVision(ctx, 'vision:view', vision.districtId);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may edit the text, save and restore versions.' })
  viewerCanEdit(@Root() vision: VisionView, @Ctx() ctx: Context): Promise<boolean> {
    return canOnVision(ctx, 'vision:edit', vision.districtId);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may record the adoption of a version.' })
  viewerCanAdopt(@Root() vision: VisionView, @Ctx() ctx: Context): Promise<boolean> {
    return canOnVision(ctx, 'vision:adopt', vision.districtId);
  }
}

@Resolver(() => VisionVersion)
export class VisionVersionResolver {
  @FieldResolver(() => Boolean, { description: "Whether it is the district's adopted, public vision now." })
  async adopted(@Root() version: VisionVersion, @Ctx() ctx: Context): Promise<boolean> {
    return (await adoptedVersionId(ctx, version.district.id)) === version.id;
  }
}
