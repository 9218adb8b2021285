import { Subgroup } from '@partnerhub/shared';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { District } from '../organizations/index.js';
import type { CellView } from './evaluation.cells.js';
import { Indicator } from './evaluation.entities.js';
import { CellSuppression } from './evaluation.enums.js';

/** One value of an indicator, as the reader may see it. */
@ObjectType({
  description:
    'One value of an indicator for a school year, a subgroup and the district or one school. value and n are null when the cell is suppressed.',
})
export class IndicatorCell implements Omit<CellView, 'indicatorId'> {
  @Field(() => ID)
  id!: string;

  indicatorId!: number;

  @Field(() => Subgroup)
  subgroup!: Subgroup;

  @Field(() => Int, { description: 'First calendar year of the school year: 2026 for 2026-27.' })
  schoolYear!: number;

  @Field(() => String, { nullable: true, description: "The school's NCES ID; null at district level." })
  schoolNcesId!: string | null;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Int, { nullable: true, description: 'The number of students behind the value.' })
  n!: number | null;

  @Field(() => String, { nullable: true })
  source!: string | null;

  @Field(() => CellSuppression)
  suppression!: CellSuppression;

  @Field({
    description:
      "Whether everyone but the district's evaluation editors sees this cell withheld; editors see it to know what readers will not.",
  })
  withheldFromReaders!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: "Pass it back when changing the cell; null unless you are the district's evaluation editor.",
  })
  version!: number | null;
}

/** The root of a district's evaluation; its fields are computed from the district's id. */
@ObjectType({ implements: Node, description: "A district's evaluation: indicators, targets and values." })
export class DistrictEvaluation {
  readonly __typename = 'DistrictEvaluation';

  /** The district's database id, which is also this object's. */
  id!: number;

  @Field(() => Int, { description: 'Cells with fewer students than this are suppressed for readers.' })
  minimumN!: number;

  @Field({ description: 'Whether the district published its evaluation summary (then it is public).' })
  published!: boolean;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  /** The cells of the district, loaded once per request for every indicator. */
  cells?: Promise<CellView[]>;
}

/** An indicator of a district's evaluation, with its targets and values. */
@ObjectType({ description: "One indicator of a district's evaluation." })
export class EvaluationIndicator {
  @Field(() => Indicator)
  indicator!: Indicator;

  evaluation!: DistrictEvaluation;
}

@ObjectType({ description: "One indicator of a district in the state's evaluation overview." })
export class EvaluationOverviewIndicator {
  @Field(() => Indicator)
  indicator!: Indicator;

  @Field(() => Float, { nullable: true, description: 'The all-students target for the year, if set.' })
  target!: number | null;

  @Field(() => IndicatorCell, {
    nullable: true,
    description: 'The district-level all-students value, suppressed like every read.',
  })
  value!: IndicatorCell | null;
}

@ObjectType({ description: "A district's all-students values against its targets for one school year." })
export class DistrictEvaluationOverview {
  @Field(() => District)
  district!: District;

  @Field({ description: 'Whether the district published its evaluation summary.' })
  published!: boolean;

  @Field(() => Int, { description: 'The minimum n in force for the district: smaller cells are withheld.' })
  minimumN!: number;

  @Field(() => [EvaluationOverviewIndicator])
  indicators!: EvaluationOverviewIndicator[];
}
