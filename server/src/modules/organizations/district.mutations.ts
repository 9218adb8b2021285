import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { loadNode } from '../../graphql/load-node.js';
import { authorize, can, districtSubject, stateSubject } from '../access/index.js';
import { District } from './district.entity.js';
import { UpdateDistrictInput } from './district.inputs.js';
import { UpdateDistrictPayload } from './district.payloads.js';
import { updateDistrictProfile } from './district.service.js';
import { findStateAgency } from './state-agency.service.js';

@Resolver()
export class DistrictMutations {
  @Mutation(() => UpdateDistrictPayload, {
    description:
      "Changes the district profile (district admins; the state's admins, who may also correct its NCES LEA ID and slug).",
  })
  async updateDistrict(@Arg('input') input: UpdateDistrictInput, @Ctx() ctx: Context) {
    const district = await loadNode(ctx, District, input.id, { argument: 'input.id' });
    authorize(ctx.viewer, 'district:update', districtSubject(district));
    const agency = await findStateAgency(ctx.em, district.state);
    const mayCorrectIdentifiers =
      agency !== null && can(ctx.viewer, 'state:createDistrict', stateSubject(agency));
    return updateDistrictProfile({ em: ctx.em, audit: ctx, district, input, mayCorrectIdentifiers });
  }
}
