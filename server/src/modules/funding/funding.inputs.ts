import { SafeIntResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { FundingPurpose, FundingRuleKind } from './funding.enums.js';

@InputType()
export class CreateFundingSourceInput {
  @Field(() => ID)
  districtId!: string;

  @Field(() => ID, { description: 'A program from `fundingPrograms`.' })
  programId!: string;

  @Field(() => Int, { description: 'e.g. 2026 for FY2026.' })
  fiscalYear!: number;

  @Field(() => SafeIntResolver, { description: 'The amount in whole cents.' })
  amountCents!: number;

  @Field(() => String, { nullable: true, description: 'Defaults to "<program> FY<year>".' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: 'Changes to a funding source; omitted fields stay as they are.' })
export class UpdateFundingSourceInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with code STALE.' })
  version!: number;

  @Field(() => SafeIntResolver, {
    nullable: true,
    description: 'The new amount in whole cents; never below what is allocated.',
  })
  amountCents?: number | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class DeleteFundingItemInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with code STALE.' })
  version!: number;
}

@InputType()
export class CreateFundingAllocationInput {
  @Field(() => ID)
  sourceId!: string;

  @Field(() => ID)
  objectiveId!: string;

  @Field(() => SafeIntResolver, {
    description: 'Whole cents; the allocations of a source never exceed its amount.',
  })
  amountCents!: number;

  @Field(() => FundingPurpose)
  purpose!: FundingPurpose;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: 'Changes to an allocation; omitted fields stay as they are.' })
export class UpdateFundingAllocationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with code STALE.' })
  version!: number;

  @Field(() => ID, { nullable: true, description: 'Aligns the money to another objective of the plan.' })
  objectiveId?: string | null;

  @Field(() => SafeIntResolver, { nullable: true })
  amountCents?: number | null;

  @Field(() => FundingPurpose, { nullable: true })
  purpose?: FundingPurpose | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

/** Fields of a rule a district sets. */
@InputType('FundingRuleFieldsInput')
abstract class FundingRuleFields {
  @Field(() => FundingPurpose, { nullable: true, description: 'Required for SET_ASIDE_MINIMUM.' })
  purpose?: FundingPurpose | null;

  @Field(() => SafeIntResolver, { nullable: true, description: 'Applies only when the amount exceeds this.' })
  thresholdCents?: number | null;

  @Field(() => Int, { nullable: true })
  firstFiscalYear?: number | null;

  @Field(() => Int, { nullable: true })
  lastFiscalYear?: number | null;

  @Field(() => String, { nullable: true })
  citation?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({
  description:
    'A district rule; one with the same program, kind and purpose as a default replaces it for the district.',
})
export class CreateFundingRuleInput extends FundingRuleFields {
  @Field(() => ID)
  districtId!: string;

  @Field(() => ID)
  programId!: string;

  @Field(() => FundingRuleKind)
  kind!: FundingRuleKind;

  @Field(() => Int, { description: 'The share in basis points: 100 is 1%.' })
  basisPoints!: number;

  @Field(() => Boolean, { nullable: true, description: 'True unless given; false switches a default off.' })
  active?: boolean | null;
}

@InputType({ description: 'Changes to a district rule; omitted fields stay as they are.' })
export class UpdateFundingRuleInput extends FundingRuleFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with code STALE.' })
  version!: number;

  @Field(() => Int, { nullable: true })
  basisPoints?: number | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}
