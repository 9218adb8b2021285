import { Field, ID, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-errors.js';
import { Goal } from './goal.entity.js';
import { Objective } from './objective.entity.js';
import { PlanView } from './plan.types.js';

@ObjectType()
export class GoalPayload {
  @Field(() => Goal, { nullable: true })
  goal?: Goal | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class ObjectivePayload {
  @Field(() => Objective, { nullable: true })
  objective?: Objective | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class DeletePlanItemPayload {
  @Field(() => ID, { nullable: true, description: 'The global id of what was deleted.' })
  deletedId?: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class PlanPayload {
  @Field(() => PlanView, { nullable: true })
  plan?: PlanView | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
