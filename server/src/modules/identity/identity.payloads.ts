import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-errors.js';
import { ApiToken } from './api-token.entity.js';
import { ViewerType } from './identity.types.js';
import { Invitation } from './invitation.entity.js';
import { Membership } from './membership.entity.js';

@ObjectType()
export class SignInPayload {
  @Field(() => ViewerType, { nullable: true })
  viewer!: ViewerType | null;

  @Field(() => Int, { nullable: true, description: 'With TOO_MANY_ATTEMPTS: seconds until the next try.' })
  retryAfterSeconds!: number | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class SignOutPayload {
  @Field(() => Int, { description: 'How many sessions were ended.' })
  endedSessions!: number;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class RequestPasswordResetPayload {
  @Field(() => [UserError], {
    description: 'Empty whether or not the address has an account, so it cannot be used to probe.',
  })
  userErrors!: UserError[];
}

@ObjectType()
export class ResetPasswordPayload {
  @Field(() => ViewerType, { nullable: true })
  viewer!: ViewerType | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class InviteMemberPayload {
  @Field(() => Invitation, { nullable: true })
  invitation!: Invitation | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class AcceptInvitationPayload {
  @Field(() => Membership, { nullable: true })
  membership!: Membership | null;

  @Field(() => ViewerType, { nullable: true })
  viewer!: ViewerType | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class RevokeInvitationPayload {
  @Field(() => Invitation, { nullable: true })
  invitation!: Invitation | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class MembershipPayload {
  @Field(() => Membership, { nullable: true })
  membership!: Membership | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class CreateApiTokenPayload {
  @Field(() => ApiToken, { nullable: true })
  apiToken!: ApiToken | null;

  @Field(() => String, { nullable: true, description: 'The secret: shown this once, never again.' })
  secret!: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class RevokeApiTokenPayload {
  @Field(() => ApiToken, { nullable: true })
  apiToken!: ApiToken | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
