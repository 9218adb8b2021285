import { PartnerKind } from '@partnerhub/shared';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-errors.js';
import { PartnerOrganization, PartnerProfileFields } from '../organizations/index.js';
import { Partnership } from './partnership.entity.js';

@InputType({ description: 'A partner organization a district adds to PartnerHub.' })
export class CreatePartnerOrganizationInput extends PartnerProfileFields {
  @Field(() => ID, {
    description: 'The district adding the partner; it keeps the profile until the partner has members.',
  })
  districtId!: string;

  @Field()
  name!: string;

  @Field(() => PartnerKind)
  kind!: PartnerKind;

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'Also start a PROSPECT partnership between the district and the new partner.',
  })
  createPartnership!: boolean;
}

@ObjectType()
export class CreatePartnerOrganizationPayload {
  @Field(() => PartnerOrganization, { nullable: true })
  partnerOrganization?: PartnerOrganization | null;

  @Field(() => Partnership, {
    nullable: true,
    description: 'The prospect partnership, when one was asked for.',
  })
  partnership?: Partnership | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
