import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { loadNode } from '../../graphql/load-node.js';
import { authorize } from '../access/index.js';
import { District } from '../organizations/index.js';
import { readLiveVision } from './vision.document.js';
import {
  AdoptVisionVersionInput,
  RestoreVisionVersionInput,
  SaveVisionVersionInput,
} from './vision.inputs.js';
import { VisionVersionPayload } from './vision.payloads.js';
import { visionSubject } from './vision.read.js';
import { adoptVisionVersion, restoreVisionVersion, saveVisionVersion } from './vision.service.js';
import { VisionVersion } from './vision-version.entity.js';

@Resolver()
export class VisionMutations {
  @Mutation(() => VisionVersionPayload, {
    description: 'Saves the live vision text as the next numbered, named version (vision editors).',
  })
  async saveVisionVersion(@Arg('input') input: SaveVisionVersionInput, @Ctx() ctx: Context) {
    const district = await loadNode(ctx, District, input.districtId, { argument: 'input.districtId' });
    authorize(ctx.viewer, 'vision:saveVersion', await visionSubject(ctx, district.id));
    const live = await readLiveVision(ctx, district.id);
    return saveVisionVersion({ em: ctx.em, audit: ctx, district, live, input });
  }

  @Mutation(() => VisionVersionPayload, {
    description:
      'Makes the live vision text equal to a saved version, as a new edit every open editor sees at once; history is kept (vision editors).',
  })
  async restoreVisionVersion(@Arg('input') input: RestoreVisionVersionInput, @Ctx() ctx: Context) {
    const version = await loadNode(ctx, VisionVersion, input.versionId, { argument: 'input.versionId' });
    authorize(ctx.viewer, 'vision:edit', await visionSubject(ctx, version.district.id));
    return restoreVisionVersion({ em: ctx.em, audit: ctx, collab: ctx.app.collab, version });
  }

  @Mutation(() => VisionVersionPayload, {
    description:
      "Records the board's adoption of a version: it becomes the district's public vision, replacing the one adopted before (district admins).",
  })
  async adoptVisionVersion(@Arg('input') input: AdoptVisionVersionInput, @Ctx() ctx: Context) {
    const version = await loadNode(ctx, VisionVersion, input.versionId, { argument: 'input.versionId' });
    authorize(ctx.viewer, 'vision:adopt', await visionSubject(ctx, version.district.id));
    return adoptVisionVersion({ em: ctx.em, audit: ctx, version, input, today: ctx.today });
  }
}
