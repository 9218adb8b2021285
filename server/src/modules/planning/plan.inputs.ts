import { DistrictCondition } from '@partnerhub/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ObjectiveStatus } from './planning.enums.js';

@InputType({ description: 'Who answers for an objective: give exactly one of the three.' })
export class ResponsiblePartyInput {
  @Field(() => String, { nullable: true, description: 'A person, by name.' })
  personName?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A partner organization the district has a partnership with.',
  })
  partnerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Another organization, by name.' })
  organizationName?: string | null;
}

@InputType()
export class CreateGoalInput {
  @Field(() => ID)
  districtId!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType({ description: 'Changes to a goal; omitted fields stay as they are.' })
export class UpdateGoalInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with code STALE.' })
  version!: number;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class DeletePlanItemInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with code STALE.' })
  version!: number;
}

/** Fields an objective has on creation and may change later. */
@InputType('ObjectiveFieldsInput')
abstract class ObjectiveFields {
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, on or after startDate.' })
  dueDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'Year 1-5 of the flexibility period.' })
  planYear?: number | null;

  @Field(() => ResponsiblePartyInput, { nullable: true })
  responsibleParty?: ResponsiblePartyInput | null;

  @Field(() => [DistrictCondition], { nullable: true, description: 'The district conditions it serves.' })
  conditions?: DistrictCondition[] | null;

  @Field(() => Int, { nullable: true, description: 'ESSA evidence tier 1-4.' })
  evidenceTier?: number | null;
}

@InputType()
export class CreateObjectiveInput extends ObjectiveFields {
  @Field(() => ID)
  goalId!: string;

  @Field()
  title!: string;

  @Field(() => ObjectiveStatus, { nullable: true, description: 'NOT_STARTED unless given.' })
  status?: ObjectiveStatus | null;
}

@InputType({ description: 'Changes to an objective; omitted fields stay as they are, null clears.' })
export class UpdateObjectiveInput extends ObjectiveFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with code STALE.' })
  version!: number;

  @Field(() => ID, { nullable: true, description: 'Moves the objective to another goal of the plan.' })
  goalId?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => ObjectiveStatus, { nullable: true })
  status?: ObjectiveStatus | null;

  @Field(() => String, { nullable: true, description: 'Why the status changed; kept in the status history.' })
  statusNote?: string | null;
}

@InputType({ description: 'The partnerships and published listings an objective relies on.' })
export class LinkObjectiveInput {
  @Field(() => ID)
  objectiveId!: string;

  @Field(() => [ID], { nullable: true, description: 'Replaces the linked partnerships; omit to keep them.' })
  partnershipIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Replaces the linked listings (stable listing ids); omit to keep them.',
  })
  listingIds?: string[] | null;
}

@InputType()
export class PublishPlanInput {
  @Field(() => ID)
  districtId!: string;
}

@InputType({ description: "A goal's objectives in their new order." })
export class ReorderObjectivesInput {
  @Field(() => ID)
  goalId!: string;

  @Field(() => Int, { description: "The goal's `version` you read; a stale one is refused with code STALE." })
  version!: number;

  @Field(() => [ID], { description: 'Every objective of the goal, each once, first to last.' })
  objectiveIds!: string[];
}
