import { DistrictCondition } from '@partnerhub/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node, type TypedRow } from '../../graphql/node.js';
import { UserError } from '../../graphql/user-errors.js';
import { ObjectiveStatus } from '../planning/index.js';
import { ConditionEvidence } from './conditions.entities.js';
import { ConditionStatus } from './conditions.enums.js';

/** A district's readiness; its global id is made from the district's, so every district has one. */
@ObjectType('DistrictReadiness', {
  implements: Node,
  description:
    "Where a district stands on the ten District Conditions for Scale. District members and the state's staff read it; anyone once the district published it.",
})
export class ReadinessView implements TypedRow {
  __typename!: 'DistrictReadiness';

  /** The district's database id. */
  dbId!: number;

  @Field({ description: 'Whether anyone may read it.' })
  published!: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was last published; null while unpublished.' })
  publishedAt!: Date | null;
}

@ObjectType({ description: 'Who last changed a condition.' })
export class ConditionEditor {
  @Field()
  name!: string;
}

/** One of the ten conditions for one district, whether or not the district has written about it. */
@ObjectType('DistrictConditionReadiness', { description: 'Where a district stands on one condition.' })
export class ConditionView {
  districtId!: number;

  @Field(() => DistrictCondition)
  condition!: DistrictCondition;

  @Field()
  label!: string;

  @Field(() => ConditionStatus)
  status!: ConditionStatus;

  @Field(() => String, { nullable: true })
  narrative!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was last changed; null before the first change.',
  })
  updatedAt!: Date | null;

  updatedByName!: string | null;

  @Field(() => Int, {
    description: 'Pass it back as `expectedVersion` when updating; 0 before the first change.',
  })
  version!: number;
}

@ObjectType({
  description:
    'A plan objective that serves a condition, as readiness shows it; pass `id` to `node(id:)` for the rest (district members and state staff).',
})
export class ConditionObjective {
  @Field(() => ID, { description: 'The global id of the Objective.' })
  id!: string;

  @Field()
  title!: string;

  @Field(() => ObjectiveStatus)
  status!: ObjectiveStatus;
}

@ObjectType({ description: 'How many of the ten conditions are at each status.' })
export class ReadinessSummary {
  @Field(() => Int)
  notStarted!: number;

  @Field(() => Int)
  emerging!: number;

  @Field(() => Int)
  inPlace!: number;

  @Field(() => Int)
  sustained!: number;
}

@ObjectType()
export class UpdateDistrictConditionPayload {
  @Field(() => ConditionView, { nullable: true })
  condition?: ConditionView | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class ConditionEvidencePayload {
  @Field(() => ConditionEvidence, { nullable: true })
  evidence?: ConditionEvidence | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class RemoveConditionEvidencePayload {
  @Field(() => String, { nullable: true, description: 'The global id of the removed evidence.' })
  removedId?: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class ReadinessPayload {
  @Field(() => ReadinessView, { nullable: true })
  readiness?: ReadinessView | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
