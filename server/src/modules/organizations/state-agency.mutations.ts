import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { loadNode } from '../../graphql/load-node.js';
import { authorize, stateSubject } from '../access/index.js';
import { CreateDistrictInput } from './district.inputs.js';
import { CreateDistrictPayload } from './district.payloads.js';
import { UpdateStateAgencyInput } from './state-agency.inputs.js';
import { StateAgency } from './state-agency.entity.js';
import { UpdateStateAgencyPayload } from './state-agency.payloads.js';
import { createDistrict, updateStateAgency } from './state-agency.service.js';

@Resolver()
export class StateAgencyMutations {
  @Mutation(() => UpdateStateAgencyPayload, { description: "Changes the agency's profile (state admins)." })
  async updateStateAgency(@Arg('input') input: UpdateStateAgencyInput, @Ctx() ctx: Context) {
    const stateAgency = await loadNode(ctx, StateAgency, input.id, { argument: 'input.id' });
    authorize(ctx.viewer, 'state:update', stateSubject(stateAgency));
    return updateStateAgency({ em: ctx.em, audit: ctx, stateAgency, input });
  }

  @Mutation(() => CreateDistrictPayload, {
    description: "Adds a district of the agency's state (state admins).",
  })
  async createDistrict(@Arg('input') input: CreateDistrictInput, @Ctx() ctx: Context) {
    const agency = await loadNode(ctx, StateAgency, input.stateAgencyId, { argument: 'input.stateAgencyId' });
    authorize(ctx.viewer, 'state:createDistrict', stateSubject(agency));
    const { stateAgencyId: _, ...fields } = input;
    return createDistrict({ em: ctx.em, audit: ctx, input: { ...fields, state: agency.state } });
  }
}
