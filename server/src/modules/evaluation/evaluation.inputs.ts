import {
  DistrictCondition,
  IndicatorCategory,
  IndicatorDirection,
  IndicatorUnit,
  Subgroup,
} from '@partnerhub/shared';
import { Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'One value of an indicator; an existing cell with the same key is replaced.' })
export class IndicatorValueInput {
  @Field(() => ID)
  indicatorId!: string;

  @Field(() => Int, { description: 'First calendar year of the school year: 2026 for 2026-27.' })
  schoolYear!: number;

  @Field(() => String, {
    nullable: true,
    description: '12-digit NCES school ID; omit for the district level.',
  })
  schoolNcesId?: string | null;

  @Field(() => Subgroup)
  subgroup!: Subgroup;

  @Field(() => Float)
  value!: number;

  @Field(() => Int, { description: 'The number of students behind the value.' })
  n!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Where the value comes from (at most 200 characters).',
  })
  source?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The version of the cell you changed; a newer one is refused as stale.',
  })
  version?: number | null;
}

@InputType()
export class UpsertIndicatorValuesInput {
  @Field(() => ID)
  districtId!: string;

  @Field(() => [IndicatorValueInput], { description: 'Saved all together or not at all.' })
  values!: IndicatorValueInput[];
}

@InputType()
export class DeleteEvaluationItemInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class UpsertIndicatorTargetInput {
  @Field(() => ID)
  districtId!: string;

  @Field(() => ID)
  indicatorId!: string;

  @Field(() => Int)
  schoolYear!: number;

  @Field(() => Subgroup, { nullable: true, description: 'Default: all students.' })
  subgroup?: Subgroup | null;

  @Field(() => Float)
  value!: number;

  @Field(() => [ID], { nullable: true, description: "Objectives of the district's plan it evidences." })
  objectiveIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'The version of the target you changed.' })
  version?: number | null;
}

@InputType()
export class IndicatorFields {
  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => IndicatorCategory, { nullable: true })
  category?: IndicatorCategory | null;

  @Field(() => [Int], { nullable: true })
  planYears?: number[] | null;

  @Field(() => IndicatorUnit, { nullable: true })
  unit?: IndicatorUnit | null;

  @Field(() => IndicatorDirection, { nullable: true })
  direction?: IndicatorDirection | null;

  @Field(() => [Subgroup], { nullable: true, description: 'Must include ALL_STUDENTS.' })
  subgroups?: Subgroup[] | null;

  @Field(() => [DistrictCondition], { nullable: true })
  conditions?: DistrictCondition[] | null;
}

@InputType({ description: "A state's indicator (stateAgencyId) or a district's (districtId): give one." })
export class CreateIndicatorInput extends IndicatorFields {
  @Field(() => ID, { nullable: true })
  districtId?: string | null;

  @Field(() => ID, { nullable: true })
  stateAgencyId?: string | null;
}

@InputType()
export class UpdateIndicatorInput extends IndicatorFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class ArchiveIndicatorInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;
}

@InputType({ description: 'Give a district or a state agency.' })
export class SetEvaluationMinimumNInput {
  @Field(() => ID, { nullable: true })
  districtId?: string | null;

  @Field(() => ID, { nullable: true })
  stateAgencyId?: string | null;

  @Field(() => Int, { nullable: true, description: 'At least 10; null removes the setting.' })
  minimumN?: number | null;
}

@InputType()
export class EvaluationSummaryInput {
  @Field(() => ID)
  districtId!: string;
}

@InputType()
export class ImportIndicatorValuesInput {
  @Field(() => ID)
  districtId!: string;

  @Field({
    description:
      'CSV with a header row: indicator_code, school_year, nces_school_id (optional), subgroup, value, n, source.',
  })
  csv!: string;

  @Field(() => Boolean, { description: 'Check every row and save nothing.' })
  dryRun!: boolean;
}
