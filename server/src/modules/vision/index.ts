import type { NodeLoaders } from '../../graphql/node.js';
import { VisionMutations } from './vision.mutations.js';
import { canOnVision } from './vision.read.js';
import { DistrictVisionResolver, VisionResolver, VisionVersionResolver } from './vision.resolver.js';
import { VisionVersion } from './vision-version.entity.js';

export { VisionVersion } from './vision-version.entity.js';
export { registerVisionEnums } from './vision.types.js';
export { visionDocumentGrant } from './vision.document-grant.js';

export const visionResolvers = [
  DistrictVisionResolver,
  VisionResolver,
  VisionVersionResolver,
  VisionMutations,
] as const;

export const visionNodeLoaders: NodeLoaders = {
  VisionVersion: async (ctx, id) => {
    const version = await ctx.em.findOne(VisionVersion, id);
    return version && (await canOnVision(ctx, 'vision:view', version.district.id)) ? version : null;
  },
};
export { snapshotOf } from './vision.document.js';
export { renderVision } from './vision.render.js';
export { adoptedVisionText, type AdoptedVisionText } from './vision.adopted-text.js';
