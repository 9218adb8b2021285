import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { can, stateSubject } from '../access/index.js';
import { StateAgency } from './state-agency.entity.js';
import { findStateAgency } from './state-agency.service.js';

@Resolver(() => StateAgency)
export class StateAgencyResolver {
  @Query(() => StateAgency, {
    nullable: true,
    description: 'The state agency of a state, by its two-letter code (any case); null when it has none.',
  })
  stateAgency(@Arg('state') state: string, @Ctx() ctx: Context): Promise<StateAgency | null> {
    return findStateAgency(ctx.em, state);
  }

  @FieldResolver(() => Boolean, { description: "Whether you read the agency's private data (state staff)." })
  viewerCanReadPrivate(@Root() agency: StateAgency, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'state:readPrivate', stateSubject(agency));
  }

  @FieldResolver(() => Boolean, { description: "Whether you may change the agency's profile." })
  viewerCanUpdate(@Root() agency: StateAgency, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'state:update', stateSubject(agency));
  }

  @FieldResolver(() => Boolean, { description: "Whether you may add districts of the agency's state." })
  viewerCanCreateDistrict(@Root() agency: StateAgency, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'state:createDistrict', stateSubject(agency));
  }
}
