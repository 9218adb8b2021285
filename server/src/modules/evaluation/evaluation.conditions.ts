import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { oncePerRequest } from '../../graphql/request-cache.js';
import { ConditionView } from '../conditions/index.js';
import { indicatorsOf } from './evaluation.catalog.js';
import { Indicator } from './evaluation.entities.js';

/** Readiness names, for each of the ten conditions, the district's indicators that evidence it. */
@Resolver(() => ConditionView)
export class ConditionIndicatorsResolver {
  @FieldResolver(() => [Indicator], {
    description:
      'The district’s indicators (seeded, its state’s and its own) that evidence the condition; the catalog is public.',
  })
  async indicators(@Root() condition: ConditionView, @Ctx() ctx: Context): Promise<Indicator[]> {
    const all = await oncePerRequest(ctx, `evaluation:indicators:${condition.districtId}`, () =>
      indicatorsOf(ctx.em, condition.districtId),
    );
    return all.filter((i) => i.conditions.includes(condition.condition));
  }
}
