import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-errors.js';
import { PartnerOrganization } from './partner-organization.entity.js';

@ObjectType()
abstract class PartnerOrganizationResult {
  @Field(() => PartnerOrganization, { nullable: true })
  partnerOrganization?: PartnerOrganization | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class UpdatePartnerOrganizationPayload extends PartnerOrganizationResult {}

@ObjectType()
export class ArchivePartnerOrganizationPayload extends PartnerOrganizationResult {}

@ObjectType()
export class UnarchivePartnerOrganizationPayload extends PartnerOrganizationResult {}
