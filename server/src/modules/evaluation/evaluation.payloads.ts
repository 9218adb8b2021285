import { Field, ID, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-errors.js';
import { Indicator, IndicatorTarget } from './evaluation.entities.js';
import { DistrictEvaluation, IndicatorCell } from './evaluation.types.js';

@ObjectType()
export class UpsertIndicatorValuesPayload {
  @Field(() => [IndicatorCell], { description: 'The saved cells, as you see them.' })
  values!: IndicatorCell[];

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class DeleteEvaluationItemPayload {
  @Field(() => ID, { nullable: true })
  deletedId!: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class IndicatorTargetPayload {
  @Field(() => IndicatorTarget, { nullable: true })
  target!: IndicatorTarget | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class IndicatorPayload {
  @Field(() => Indicator, { nullable: true })
  indicator!: Indicator | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class SetEvaluationMinimumNPayload {
  @Field(() => Int, { nullable: true, description: 'The setting as saved (null: none).' })
  minimumN!: number | null;

  @Field(() => DistrictEvaluation, {
    nullable: true,
    description: "The district's evaluation with its minimum n in force (when a district was given).",
  })
  evaluation!: DistrictEvaluation | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class EvaluationSummaryPayload {
  @Field(() => DistrictEvaluation, { nullable: true })
  evaluation!: DistrictEvaluation | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: 'A problem with one row of an imported CSV.' })
export class ImportProblem {
  @Field(() => Int, { description: 'The line of the file, the header being line 1.' })
  row!: number;

  @Field(() => String, { nullable: true, description: 'The column, e.g. "n"; null for the whole row.' })
  column!: string | null;

  @Field()
  message!: string;
}

@ObjectType()
export class ImportIndicatorValuesPayload {
  @Field(() => Int, { description: 'The rows read.' })
  rowCount!: number;

  @Field(() => Boolean, { description: 'Whether the values were saved (never on a dry run or a problem).' })
  applied!: boolean;

  @Field(() => [ImportProblem])
  problems!: ImportProblem[];

  @Field(() => [UserError])
  userErrors!: UserError[];
}
