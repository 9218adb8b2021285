import { DistrictCondition } from '@partnerhub/shared';
import { SafeIntResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { ObjectiveStatus } from '../planning/index.js';

@ObjectType({ description: 'An objective as the public sees it.' })
export class PlanSummaryObjective {
  @Field()
  title!: string;

  @Field(() => ObjectiveStatus)
  status!: ObjectiveStatus;

  @Field(() => Int, { nullable: true })
  planYear!: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueDate!: string | null;

  @Field(() => [DistrictCondition])
  conditions!: DistrictCondition[];

  @Field(() => Int, { nullable: true, description: 'ESSA evidence tier 1-4.' })
  evidenceTier!: number | null;

  @Field(() => SafeIntResolver)
  allocatedCents!: number;
}

@ObjectType({ description: 'A goal as the public sees it.' })
export class PlanSummaryGoal {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => [PlanSummaryObjective])
  objectives!: PlanSummaryObjective[];

  @Field(() => SafeIntResolver, { description: 'Allocated to its objectives in the summary year.' })
  allocatedCents!: number;
}

@ObjectType()
export class ProgramFundingSummary {
  @Field()
  programName!: string;

  @Field(() => String, { nullable: true })
  aln!: string | null;

  @Field(() => SafeIntResolver)
  amountCents!: number;

  @Field(() => SafeIntResolver)
  allocatedCents!: number;
}

@ObjectType()
export class GoalFundingSummary {
  @Field()
  goalTitle!: string;

  @Field(() => SafeIntResolver)
  allocatedCents!: number;
}

@ObjectType({
  description:
    "A district's published implementation plan and funding alignment, readable by anyone. It follows the current goals, objectives and allocations (not a copy frozen at publication) for as long as the plan stays published.",
})
export class PlanSummary {
  @Field(() => Date)
  publishedAt!: Date;

  @Field(() => Int, {
    nullable: true,
    description: 'The fiscal year of the funding figures; null when the district has no funding source.',
  })
  fiscalYear!: number | null;

  @Field(() => [Int], { description: 'Fiscal years with funding, newest first.' })
  fiscalYears!: number[];

  @Field(() => [PlanSummaryGoal])
  goals!: PlanSummaryGoal[];

  @Field(() => [ProgramFundingSummary])
  fundingByProgram!: ProgramFundingSummary[];

  @Field(() => [GoalFundingSummary])
  fundingByGoal!: GoalFundingSummary[];

  @Field(() => SafeIntResolver)
  totalAmountCents!: number;

  @Field(() => SafeIntResolver)
  totalAllocatedCents!: number;
}
