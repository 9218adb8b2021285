import { DistrictCondition } from '@partnerhub/shared';
import { SafeIntResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Goal, Objective, ObjectiveStatus } from '../planning/index.js';
import { FundingProgram } from './funding-program.entity.js';
import { FundingSource } from './funding-source.entity.js';

const CSV = 'The report as CSV (RFC 4180, amounts in dollars with two decimals).';

@ObjectType({ description: 'Funding reports of one fiscal year, or of every year when none was given.' })
export class FundingReport {
  districtId!: number;

  @Field(() => Int, { nullable: true, description: 'Null: every fiscal year.' })
  fiscalYear!: number | null;
}

@ObjectType()
export class SourceReportRow {
  @Field(() => FundingSource)
  source!: FundingSource;

  @Field(() => SafeIntResolver)
  amountCents!: number;

  @Field(() => SafeIntResolver)
  allocatedCents!: number;

  @Field(() => SafeIntResolver)
  unallocatedCents!: number;

  @Field(() => Int)
  allocationCount!: number;
}

@ObjectType({ description: 'Amount, allocated and unallocated per funding source.' })
export class SourceReport {
  @Field(() => [SourceReportRow])
  rows!: SourceReportRow[];

  @Field(() => SafeIntResolver)
  totalAmountCents!: number;

  @Field(() => SafeIntResolver)
  totalAllocatedCents!: number;

  @Field(() => SafeIntResolver)
  totalUnallocatedCents!: number;

  @Field({ description: CSV })
  csv!: string;
}

@ObjectType()
export class ProgramReportRow {
  @Field(() => FundingProgram)
  program!: FundingProgram;

  @Field(() => Int)
  sourceCount!: number;

  @Field(() => SafeIntResolver)
  amountCents!: number;

  @Field(() => SafeIntResolver)
  allocatedCents!: number;

  @Field(() => SafeIntResolver)
  unallocatedCents!: number;
}

@ObjectType({ description: 'Sources summed per program.' })
export class ProgramReport {
  @Field(() => [ProgramReportRow])
  rows!: ProgramReportRow[];

  @Field({ description: CSV })
  csv!: string;
}

@ObjectType()
export class ObjectiveReportRow {
  @Field(() => Objective)
  objective!: Objective;

  @Field(() => SafeIntResolver)
  allocatedCents!: number;
}

@ObjectType()
export class GoalReportRow {
  @Field(() => Goal)
  goal!: Goal;

  @Field(() => SafeIntResolver)
  allocatedCents!: number;

  @Field(() => [ObjectiveReportRow])
  objectives!: ObjectiveReportRow[];
}

@ObjectType({ description: 'Money allocated per goal and per objective, in plan order.' })
export class GoalReport {
  @Field(() => [GoalReportRow])
  goals!: GoalReportRow[];

  @Field(() => SafeIntResolver)
  totalAllocatedCents!: number;

  @Field({ description: `${CSV} One line per objective.` })
  csv!: string;
}

@ObjectType()
export class ConditionReportRow {
  @Field(() => DistrictCondition)
  condition!: DistrictCondition;

  @Field()
  label!: string;

  @Field(() => Int, { description: 'Objectives serving the condition.' })
  objectiveCount!: number;

  @Field(() => SafeIntResolver)
  allocatedCents!: number;
}

@ObjectType({
  description:
    'Money allocated to objectives serving each district condition. An objective serving several conditions counts in full under each, so rows can add up to more than the total allocated.',
})
export class ConditionReport {
  @Field(() => [ConditionReportRow], { description: 'All ten conditions, in their standard order.' })
  rows!: ConditionReportRow[];

  @Field({ description: CSV })
  csv!: string;
}

@ObjectType()
export class UnallocatedReportRow {
  @Field(() => FundingSource)
  source!: FundingSource;

  @Field(() => SafeIntResolver)
  amountCents!: number;

  @Field(() => SafeIntResolver)
  unallocatedCents!: number;

  @Field(() => SafeIntResolver, {
    nullable: true,
    description: 'What may carry over under the carryover rule in force; null when none applies.',
  })
  carryoverLimitCents!: number | null;

  @Field(() => Boolean)
  overCarryoverLimit!: boolean;
}

@ObjectType({ description: 'The unallocated balance of every source, against its carryover limit.' })
export class UnallocatedReport {
  @Field(() => [UnallocatedReportRow])
  rows!: UnallocatedReportRow[];

  @Field(() => SafeIntResolver)
  totalUnallocatedCents!: number;

  @Field({ description: CSV })
  csv!: string;
}

@ObjectType()
export class FiscalYearReportRow {
  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => Int)
  sourceCount!: number;

  @Field(() => SafeIntResolver)
  amountCents!: number;

  @Field(() => SafeIntResolver)
  allocatedCents!: number;

  @Field(() => SafeIntResolver)
  unallocatedCents!: number;
}

@ObjectType({ description: 'Every fiscal year of the district, newest first (ignores the report year).' })
export class FiscalYearReport {
  @Field(() => [FiscalYearReportRow])
  rows!: FiscalYearReportRow[];

  @Field({ description: CSV })
  csv!: string;
}

export const STATUS_LABEL: Record<ObjectiveStatus, string> = {
  NOT_STARTED: 'Not started',
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  OFF_TRACK: 'Off track',
  DONE: 'Done',
};
