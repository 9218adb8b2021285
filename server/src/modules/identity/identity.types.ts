import { ApiTokenScope, Role } from '@partnerhub/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Membership } from './membership.entity.js';
import { User } from './user.entity.js';

export enum ViewerKind {
  ANONYMOUS = 'ANONYMOUS',
  USER = 'USER',
  API_TOKEN = 'API_TOKEN',
}
registerEnumType(ViewerKind, { name: 'ViewerKind' });

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@ObjectType('Viewer', { description: 'Who is asking: nobody, a signed-in person, or an API token.' })
export class ViewerType {
  @Field(() => ViewerKind)
  kind!: ViewerKind;

  @Field(() => User, { nullable: true, description: 'The signed-in person; null for anonymous and tokens.' })
  user!: User | null;

  @Field(() => [Membership], { description: "The signed-in person's organizations and roles." })
  memberships!: Membership[];

  @Field(() => ApiTokenScope, { nullable: true, description: 'For API tokens: what the token may do.' })
  apiTokenScope!: ApiTokenScope | null;
}

@ObjectType({ description: 'What an invitation link offers, shown before accepting it.' })
export class InvitationPreview {
  @Field()
  email!: string;

  @Field(() => Role)
  role!: Role;

  @Field()
  organizationName!: string;

  @Field(() => InvitationStatus)
  status!: InvitationStatus;

  @Field(() => Boolean, {
    description: 'Whether an account with this e-mail exists (then sign in to accept).',
  })
  accountExists!: boolean;

  @Field(() => Date)
  expiresAt!: Date;
}

@ObjectType({ description: 'A demo account, listed only in the demo configuration.' })
export class DemoAccountType {
  @Field()
  email!: string;

  @Field()
  password!: string;

  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field()
  organizationName!: string;
}
