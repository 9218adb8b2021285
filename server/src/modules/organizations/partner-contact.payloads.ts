import { Field, ID, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-errors.js';
import { PartnerContactNode } from './partner-contact.type.js';
import type { PartnerContact } from './partner-contact.entity.js';
import { PartnerOrganization } from './partner-organization.entity.js';

@ObjectType()
abstract class ContactResult {
  @Field(() => PartnerContactNode, { nullable: true })
  contact?: PartnerContact | null;

  @Field(() => PartnerOrganization, { nullable: true })
  partnerOrganization?: PartnerOrganization | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class CreatePartnerContactPayload extends ContactResult {}

@ObjectType()
export class UpdatePartnerContactPayload extends ContactResult {}

@ObjectType()
export class DeletePartnerContactPayload {
  @Field(() => ID, { nullable: true, description: 'The global id of the removed contact.' })
  deletedContactId?: string | null;

  @Field(() => PartnerOrganization, { nullable: true })
  partnerOrganization?: PartnerOrganization | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
