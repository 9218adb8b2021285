import { DistrictCondition } from '@partnerhub/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ConditionStatus, EvidenceKind } from './conditions.enums.js';

@InputType({ description: "Sets a condition's status and narrative for a district." })
export class UpdateDistrictConditionInput {
  @Field(() => ID)
  districtId!: string;

  @Field(() => DistrictCondition)
  condition!: DistrictCondition;

  @Field(() => ConditionStatus)
  status!: ConditionStatus;

  @Field(() => String, { nullable: true, description: 'At most 4,000 characters; blank clears it.' })
  narrative?: string | null;

  @Field(() => Int, {
    description:
      'The `version` you read (0 before the first change); a stale one is refused with code STALE.',
  })
  expectedVersion!: number;
}

@InputType('ConditionEvidenceFieldsInput')
abstract class EvidenceFields {
  @Field(() => EvidenceKind, { nullable: true })
  kind?: EvidenceKind | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'An http or https address; blank clears it.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  date?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: 'Adds dated evidence to a condition; kind, title and date are required.' })
export class AddConditionEvidenceInput extends EvidenceFields {
  @Field(() => ID)
  districtId!: string;

  @Field(() => DistrictCondition)
  condition!: DistrictCondition;
}

@InputType({ description: 'Changes evidence; omitted fields stay as they are.' })
export class UpdateConditionEvidenceInput extends EvidenceFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with code STALE.' })
  version!: number;
}

@InputType()
export class RemoveConditionEvidenceInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class PublishReadinessInput {
  @Field(() => ID)
  districtId!: string;
}
