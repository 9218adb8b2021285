import { DistrictCondition, PartnershipStatus } from '@partnerhub/shared';
import { Field, ID, InputType, Int } from 'type-graphql';

/** Fields shared by creating and updating a partnership; omitted ones stay, null clears. */
@InputType()
export abstract class PartnershipFields {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, on or after startDate.' })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'What the partner commits to provide.' })
  commitments?: string | null;

  @Field(() => [DistrictCondition], { nullable: true, description: 'District conditions it supports.' })
  conditions?: DistrictCondition[] | null;

  @Field(() => Boolean, { nullable: true })
  participatesInVision?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Link to the signed agreement.' })
  agreementUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  agreementSignedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, on or after agreementSignedOn.' })
  agreementRenewalOn?: string | null;

  @Field(() => String, { nullable: true })
  districtContactName?: string | null;

  @Field(() => String, { nullable: true })
  districtContactEmail?: string | null;

  @Field(() => String, { nullable: true })
  partnerContactName?: string | null;

  @Field(() => String, { nullable: true })
  partnerContactEmail?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType({
  description:
    'A district proposes a relationship to a partner organization. Accepted at once when the district manages the partner (it added it and the partner has no admin of its own); otherwise a PROSPECT request the partner accepts or declines.',
})
export class ProposePartnershipInput extends PartnershipFields {
  @Field(() => ID)
  districtId!: string;

  @Field(() => ID)
  partnerId!: string;

  @Field(() => PartnershipStatus, { defaultValue: PartnershipStatus.PROSPECT })
  status!: PartnershipStatus;
}

@InputType({ description: 'The same as ProposePartnershipInput.' })
export class CreatePartnershipInput extends ProposePartnershipInput {}

@InputType({
  description:
    "A partner organization proposes a relationship to a district, in its own words; the district's admins accept or decline.",
})
export class ProposePartnershipToDistrictInput {
  @Field(() => ID)
  partnerId!: string;

  @Field(() => ID)
  districtId!: string;

  @Field(() => String, { nullable: true, description: 'What the partner offers to commit to.' })
  commitments?: string | null;

  @Field(() => [DistrictCondition], { nullable: true, description: 'District conditions it would support.' })
  conditions?: DistrictCondition[] | null;

  @Field(() => String, { nullable: true })
  partnerContactName?: string | null;

  @Field(() => String, { nullable: true })
  partnerContactEmail?: string | null;
}

@InputType({ description: 'Accepts a partnership request made to your organization.' })
export class AcceptPartnershipRequestInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with code STALE.' })
  version!: number;
}

@InputType({ description: 'Declines a partnership request made to your organization.' })
export class DeclinePartnershipRequestInput extends AcceptPartnershipRequestInput {}

@InputType({ description: 'Changes to a partnership; omitted fields stay as they are, null clears.' })
export class UpdatePartnershipInput extends PartnershipFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with code STALE.' })
  version!: number;

  @Field(() => PartnershipStatus, { nullable: true })
  status?: PartnershipStatus | null;
}
