import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-errors.js';
import { ProviderAssessment } from './provider-assessment.entity.js';
import { ProviderClaim } from './provider-claim.entity.js';

@ObjectType()
export class ClaimProviderCriterionPayload {
  @Field(() => ProviderClaim, { nullable: true })
  claim?: ProviderClaim | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class WithdrawProviderClaimPayload {
  @Field(() => ProviderClaim, { nullable: true, description: 'The claim, no longer shown.' })
  claim?: ProviderClaim | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class AssessProviderPayload {
  @Field(() => ProviderAssessment, { nullable: true })
  assessment?: ProviderAssessment | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
