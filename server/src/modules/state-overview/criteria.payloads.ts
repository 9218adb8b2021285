import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-errors.js';
import { ProviderCriterion } from './provider-criterion.entity.js';

@ObjectType()
abstract class CriterionResult {
  @Field(() => ProviderCriterion, { nullable: true })
  criterion?: ProviderCriterion | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class CreateProviderCriterionPayload extends CriterionResult {}

@ObjectType()
export class UpdateProviderCriterionPayload extends CriterionResult {}
