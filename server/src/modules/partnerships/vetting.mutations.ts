import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { loadNode } from '../../graphql/load-node.js';
import { authorize, partnershipSubject } from '../access/index.js';
import { Partnership } from './partnership.entity.js';
import { VettingRecord } from './vetting-record.entity.js';
import { RecordVettingInput, RemoveVettingInput } from './vetting.inputs.js';
import { RecordVettingPayload, RemoveVettingPayload } from './vetting.payloads.js';
import { recordVetting, removeVetting } from './vetting.service.js';

@Resolver()
export class VettingMutations {
  @Mutation(() => RecordVettingPayload, {
    description: "Creates or updates the partnership's vetting record of one kind (district staff).",
  })
  async recordVetting(@Arg('input') input: RecordVettingInput, @Ctx() ctx: Context) {
    const partnership = await loadNode(ctx, Partnership, input.partnershipId, {
      argument: 'input.partnershipId',
    });
    authorize(ctx.viewer, 'partnership:update', partnershipSubject(partnership));
    return recordVetting({ em: ctx.em, audit: ctx, partnership, input });
  }

  @Mutation(() => RemoveVettingPayload, { description: 'Removes a vetting record (district staff).' })
  async removeVetting(@Arg('input') input: RemoveVettingInput, @Ctx() ctx: Context) {
    const record = await loadNode(ctx, VettingRecord, input.id, {
      argument: 'input.id',
      populate: ['partnership'],
    });
    authorize(ctx.viewer, 'partnership:update', partnershipSubject(record.partnership));
    return removeVetting({ em: ctx.em, audit: ctx, record, version: input.version });
  }
}
