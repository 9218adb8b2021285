import { Field, ID, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-errors.js';
import { FundingAllocation } from './funding-allocation.entity.js';
import { FundingRule } from './funding-rule.entity.js';
import { FundingSource } from './funding-source.entity.js';

@ObjectType({ description: 'Something worth a second look that did not stop the change.' })
export class FundingWarning {
  @Field({ description: 'PURPOSE_NOT_ALLOWABLE, SET_ASIDE_UNMET or CARRYOVER_OVER_LIMIT.' })
  code!: string;

  @Field()
  message!: string;
}

@ObjectType()
export class FundingSourcePayload {
  @Field(() => FundingSource, { nullable: true })
  source?: FundingSource | null;

  @Field(() => [FundingWarning], { description: "The source's warnings after the change." })
  warnings!: FundingWarning[];

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class FundingAllocationPayload {
  @Field(() => FundingAllocation, { nullable: true })
  allocation?: FundingAllocation | null;

  @Field(() => FundingSource, { nullable: true, description: 'The source, with its new balance.' })
  source?: FundingSource | null;

  @Field(() => [FundingWarning], {
    description: "Warnings about this allocation's purpose and the source's set-asides after the change.",
  })
  warnings!: FundingWarning[];

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class DeleteFundingItemPayload {
  @Field(() => ID, { nullable: true, description: 'The global id of what was deleted.' })
  deletedId?: string | null;

  @Field(() => FundingSource, { nullable: true, description: 'The source of a deleted allocation.' })
  source?: FundingSource | null;

  @Field(() => [FundingWarning])
  warnings!: FundingWarning[];

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class FundingRulePayload {
  @Field(() => FundingRule, { nullable: true })
  rule?: FundingRule | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
