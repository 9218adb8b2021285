import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { loadNode } from '../../graphql/load-node.js';
import { authorize, districtSubject } from '../access/index.js';
import { District } from './district.entity.js';
import { UpdateDistrictInput } from './district.inputs.js';
import { UpdateDistrictPayload } from './district.payloads.js';
import { updateDistrictProfile } from './district.service.js';

@Resolver()
export class DistrictMutations {
  @Mutation(() => UpdateDistrictPayload, { description: 'Changes the district profile (district admins).' })
  async updateDistrict(@Arg('input') input: UpdateDistrictInput, @Ctx() ctx: Context) {
    const district = await loadNode(ctx, District, input.id, { argument: 'input.id' });
    authorize(ctx.viewer, 'district:update', districtSubject(district));
    return updateDistrictProfile({ em: ctx.em, audit: ctx, district, input });
  }
}
