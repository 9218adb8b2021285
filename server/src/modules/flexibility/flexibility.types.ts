import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-errors.js';
import {
  FlexibilityApplication,
  FlexibilityArea,
  FlexibilityDecision,
  FlexibilitySubmission,
} from './flexibility.entities.js';
import { AssuranceKind, DiffOp } from './flexibility.enums.js';

@ObjectType({ description: 'A date the district must meet.' })
export class FlexibilityDeadline {
  @Field()
  label!: string;

  @Field({ description: 'YYYY-MM-DD' })
  date!: string;
}

@ObjectType({ description: 'The five school years of a flexibility period.' })
export class FlexibilityPeriod {
  @Field(() => Int)
  firstSchoolYear!: number;

  @Field({ description: 'e.g. "2027-28 to 2031-32".' })
  label!: string;

  @Field(() => Int, { nullable: true, description: 'The year of the period (1-5) today falls in.' })
  currentYear!: number | null;
}

@ObjectType({ description: "One of the four assurances with the district's narrative." })
export class FlexibilityAssurance {
  @Field(() => AssuranceKind)
  kind!: AssuranceKind;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  narrative!: string | null;
}

@ObjectType({ description: 'A section of an application as lines of text.' })
export class FlexibilitySection {
  @Field({ description: 'Stable across submissions, e.g. "assurance:PLANNING_PROCESS" or "vision".' })
  key!: string;

  @Field()
  title!: string;

  @Field(() => [String])
  lines!: string[];
}

@ObjectType()
export class FlexibilityDiffLine {
  @Field(() => DiffOp)
  op!: DiffOp;

  @Field()
  text!: string;

  @Field(() => String, { nullable: true, description: 'For CHANGED lines, the text it replaced.' })
  previousText!: string | null;
}

@ObjectType({ description: 'How one section changed between two submissions.' })
export class FlexibilitySectionDiff {
  @Field()
  key!: string;

  @Field()
  title!: string;

  @Field(() => DiffOp)
  op!: DiffOp;

  @Field(() => [FlexibilityDiffLine])
  lines!: FlexibilityDiffLine[];
}

@ObjectType()
export class FlexibilityApplicationPayload {
  @Field(() => FlexibilityApplication, { nullable: true })
  application?: FlexibilityApplication | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class FlexibilityAreaPayload {
  @Field(() => FlexibilityArea, { nullable: true })
  area?: FlexibilityArea | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class DeleteFlexibilityAreaPayload {
  @Field(() => String, { nullable: true, description: 'The global id of the deleted area.' })
  deletedId?: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class SubmitFlexibilityApplicationPayload {
  @Field(() => FlexibilityApplication, { nullable: true })
  application?: FlexibilityApplication | null;

  @Field(() => FlexibilitySubmission, { nullable: true })
  submission?: FlexibilitySubmission | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class DecideFlexibilityApplicationPayload {
  @Field(() => FlexibilityApplication, { nullable: true })
  application?: FlexibilityApplication | null;

  @Field(() => FlexibilityDecision, { nullable: true })
  decision?: FlexibilityDecision | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
