import { ProviderRating } from '@partnerhub/shared';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A provider’s claim that it meets a criterion, new or changed.' })
export class ClaimProviderCriterionInput {
  @Field(() => ID, { description: 'The technical-assistance provider.' })
  partnerId!: string;

  @Field(() => ID)
  criterionId!: string;

  @Field({ description: 'What shows the provider meets it (at most 2,000 characters).' })
  evidence!: string;

  @Field(() => String, { nullable: true, description: 'An http(s) address with more evidence.' })
  evidenceUrl?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The `version` of the current claim you read, when changing one; a stale one is refused.',
  })
  version?: number | null;
}

@InputType({ description: 'Withdraws a provider’s claim.' })
export class WithdrawProviderClaimInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with code STALE.' })
  version!: number;
}

@InputType({ description: 'A district’s assessment of a provider against one criterion, new or changed.' })
export class AssessProviderInput {
  @Field(() => ID)
  districtId!: string;

  @Field(() => ID)
  partnerId!: string;

  @Field(() => ID)
  criterionId!: string;

  @Field(() => ProviderRating)
  rating!: ProviderRating;

  @Field(() => String, { nullable: true, description: 'Why (at most 2,000 characters).' })
  note?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The `version` of the district’s current assessment, when changing it.',
  })
  version?: number | null;
}
