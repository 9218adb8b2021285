import { PartnerKind } from '@partnerhub/shared';
import { Field, ID, InputType, Int } from 'type-graphql';

/** Optional profile fields shared by creating and updating a partner. */
@InputType()
export abstract class PartnerProfileFields {
  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Street address of the main site.' })
  address?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Two-letter state code.' })
  state?: string | null;

  @Field(() => String, { nullable: true, description: 'ZIP code: 12345 or 12345-6789.' })
  postalCode?: string | null;
}

@InputType({ description: 'Changes to a partner profile; omitted fields stay as they are, null clears.' })
export class UpdatePartnerOrganizationInput extends PartnerProfileFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with code STALE.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'A new name; the public short name stays.' })
  name?: string | null;

  @Field(() => PartnerKind, { nullable: true })
  kind?: PartnerKind | null;
}

@InputType({ description: 'Takes a partner out of the public directory; its history stays.' })
export class ArchivePartnerOrganizationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with code STALE.' })
  version!: number;
}

@InputType({ description: 'Brings an archived partner back into the public directory.' })
export class UnarchivePartnerOrganizationInput extends ArchivePartnerOrganizationInput {}
