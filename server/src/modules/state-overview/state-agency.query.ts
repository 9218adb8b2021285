import { checkStateCode } from '@partnerhub/shared';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { StateAgency } from '../organizations/index.js';

/** The agency of a state by its two-letter code, for the public state page. */
@Resolver()
export class StateAgencyQuery {
  @Query(() => StateAgency, { nullable: true, description: 'The agency of a state (two-letter code).' })
  stateAgency(@Arg('state') state: string, @Ctx() ctx: Context): Promise<StateAgency | null> {
    const code = state.toUpperCase();
    return checkStateCode(code) ? Promise.resolve(null) : ctx.em.findOne(StateAgency, { state: code });
  }
}
