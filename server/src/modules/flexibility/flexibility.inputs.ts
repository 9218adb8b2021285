import { DistrictCondition } from '@partnerhub/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AssuranceKind, DecisionKind, FlexibilityAreaKind, SubmissionKind } from './flexibility.enums.js';

@InputType()
export class StartFlexibilityApplicationInput {
  @Field(() => ID)
  districtId!: string;

  @Field(() => Int, { description: 'The school year Year 1 begins: 2027 means 2027-28.' })
  firstSchoolYear!: number;
}

@InputType()
export class AssuranceNarrativeInput {
  @Field(() => AssuranceKind)
  kind!: AssuranceKind;

  @Field(() => String, { nullable: true })
  narrative?: string | null;
}

@InputType({ description: 'Changes to an application; omitted fields stay as they are.' })
export class UpdateFlexibilityApplicationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with code STALE.' })
  version!: number;

  @Field(() => Int, { nullable: true, description: 'Only before the first submission.' })
  firstSchoolYear?: number | null;

  @Field(() => [AssuranceNarrativeInput], { nullable: true })
  assurances?: AssuranceNarrativeInput[] | null;
}

@InputType('FlexibilityAreaFieldsInput')
abstract class AreaFields {
  @Field(() => String, { nullable: true, description: 'The state requirement to waive or modify.' })
  requirement?: string | null;

  @Field(() => String, { nullable: true })
  justification?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Objectives of the district plan it serves.' })
  objectiveIds?: string[] | null;

  @Field(() => [DistrictCondition], { nullable: true, description: 'The district conditions it serves.' })
  conditions?: DistrictCondition[] | null;
}

@InputType()
export class CreateFlexibilityAreaInput extends AreaFields {
  @Field(() => ID)
  applicationId!: string;

  @Field(() => FlexibilityAreaKind)
  area!: FlexibilityAreaKind;
}

@InputType({ description: 'Changes to an area; omitted fields stay as they are.' })
export class UpdateFlexibilityAreaInput extends AreaFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with code STALE.' })
  version!: number;

  @Field(() => FlexibilityAreaKind, { nullable: true })
  area?: FlexibilityAreaKind | null;
}

@InputType()
export class DeleteFlexibilityAreaInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class SubmitFlexibilityApplicationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with code STALE.' })
  version!: number;

  @Field(() => SubmissionKind, {
    description:
      'APPLICATION from a draft; IMPLEMENTATION_PLAN once conditionally approved; ADDITIONAL_AREA or ' +
      'SUSTAINABILITY_PLAN once approved; after a return, what was returned.',
  })
  kind!: SubmissionKind;
}

@InputType()
export class DecideFlexibilityApplicationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with code STALE.' })
  version!: number;

  @Field(() => DecisionKind)
  kind!: DecisionKind;

  @Field()
  rationale!: string;

  @Field(() => String, { nullable: true, description: 'Required for returns: what must change.' })
  requiredChanges?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The additional area decided on (additional-area decisions).',
  })
  areaId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'With APPROVAL: requested areas the state denies.' })
  deniedAreaIds?: string[] | null;
}
