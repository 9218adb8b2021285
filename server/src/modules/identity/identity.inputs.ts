import { ApiTokenScope, Role } from '@partnerhub/shared';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class SignInInput {
  @Field()
  email!: string;

  @Field()
  password!: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  email!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The secret from the e-mailed link.' })
  token!: string;

  @Field()
  password!: string;
}

@InputType()
export class InviteMemberInput {
  @Field(() => ID, { description: 'A District or PartnerOrganization id.' })
  organizationId!: string;

  @Field()
  email!: string;

  @Field(() => Role)
  role!: Role;
}

@InputType()
export class AcceptInvitationInput {
  @Field({ description: 'The secret from the e-mailed link.' })
  token!: string;

  @Field(() => String, { nullable: true, description: 'Your name, when creating an account.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'A new password, when creating an account.' })
  password?: string | null;
}

@InputType()
export class IdInput {
  @Field(() => ID)
  id!: string;
}

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  membershipId!: string;

  @Field(() => Role)
  role!: Role;
}

@InputType()
export class RemoveMemberInput {
  @Field(() => ID)
  membershipId!: string;
}

@InputType()
export class CreateApiTokenInput {
  @Field(() => ID, { description: 'A District or PartnerOrganization id.' })
  organizationId!: string;

  @Field()
  name!: string;

  @Field(() => ApiTokenScope)
  scope!: ApiTokenScope;

  @Field(() => Int, {
    nullable: true,
    description: 'Days until the token stops working; none: until revoked.',
  })
  expiresInDays?: number | null;
}
