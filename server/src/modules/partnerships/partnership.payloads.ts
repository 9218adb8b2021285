import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-errors.js';
import { Partnership } from './partnership.entity.js';

@ObjectType()
abstract class PartnershipResult {
  @Field(() => Partnership, { nullable: true })
  partnership?: Partnership | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class CreatePartnershipPayload extends PartnershipResult {}

@ObjectType()
export class UpdatePartnershipPayload extends PartnershipResult {}

@ObjectType()
export class ProposePartnershipPayload extends PartnershipResult {}

@ObjectType()
export class ProposePartnershipToDistrictPayload extends PartnershipResult {}

@ObjectType()
export class AcceptPartnershipRequestPayload extends PartnershipResult {}

@ObjectType()
export class DeclinePartnershipRequestPayload extends PartnershipResult {}
