import { VettingKind } from '@partnerhub/shared';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({
  description:
    'Records one vetting requirement of a partnership (one record per kind). Omitted fields stay as they are, null clears.',
})
export class RecordVettingInput {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => VettingKind)
  kind!: VettingKind;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when the district verified it.' })
  verifiedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the last day it is valid.' })
  expiresOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the document on file.' })
  documentUrl?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The `version` of the record you read, or null when there was none; otherwise refused with code STALE.',
  })
  version?: number | null;
}

@InputType({ description: 'Removes one vetting record.' })
export class RemoveVettingInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with code STALE.' })
  version!: number;
}
