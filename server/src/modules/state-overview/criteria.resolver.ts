import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { loadNode } from '../../graphql/load-node.js';
import { authorize, can, stateSubject } from '../access/index.js';
import { StateAgency } from '../organizations/index.js';
import { CreateProviderCriterionInput, UpdateProviderCriterionInput } from './criteria.inputs.js';
import { CreateProviderCriterionPayload, UpdateProviderCriterionPayload } from './criteria.payloads.js';
import { createProviderCriterion, criteriaOf, updateProviderCriterion } from './criteria.service.js';
import { ProviderCriterion } from './provider-criterion.entity.js';

@ArgsType()
class CriteriaArgs {
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Also the archived ones (those who manage the criteria).',
  })
  includeArchived!: boolean;
}

/** The criteria a state agency publishes for choosing technical-assistance providers. */
@Resolver(() => StateAgency)
export class StateCriteriaResolver {
  @FieldResolver(() => [ProviderCriterion], {
    description:
      'Criteria for choosing professional-development and strategic-assistance providers, in order (a state publishes a handful).',
  })
  criteria(@Root() agency: StateAgency, @Args() { includeArchived }: CriteriaArgs, @Ctx() ctx: Context) {
    if (includeArchived) authorize(ctx.viewer, 'state:manageCriteria', stateSubject(agency));
    return criteriaOf(ctx.em, agency.id, { archived: includeArchived });
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may add, change and archive the criteria.' })
  viewerCanManageCriteria(@Root() agency: StateAgency, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'state:manageCriteria', stateSubject(agency));
  }
}

@Resolver()
export class CriteriaMutations {
  @Mutation(() => CreateProviderCriterionPayload, { description: 'Publishes a new provider criterion.' })
  async createProviderCriterion(@Arg('input') input: CreateProviderCriterionInput, @Ctx() ctx: Context) {
    const agency = await loadNode(ctx, StateAgency, input.stateAgencyId, { argument: 'input.stateAgencyId' });
    authorize(ctx.viewer, 'state:manageCriteria', stateSubject(agency));
    return createProviderCriterion({ em: ctx.em, audit: ctx, agency, input });
  }

  @Mutation(() => UpdateProviderCriterionPayload, {
    description: 'Changes, moves, archives or republishes a provider criterion.',
  })
  async updateProviderCriterion(@Arg('input') input: UpdateProviderCriterionInput, @Ctx() ctx: Context) {
    const criterion = await loadNode(ctx, ProviderCriterion, input.id, {
      argument: 'input.id',
      populate: ['stateAgency'],
    });
    authorize(ctx.viewer, 'state:manageCriteria', stateSubject(criterion.stateAgency));
    return updateProviderCriterion({ em: ctx.em, audit: ctx, criterion, input });
  }
}
