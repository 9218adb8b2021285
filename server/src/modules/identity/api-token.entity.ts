import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { ApiTokenScope } from '@partnerhub/shared';
import { District, PartnerOrganization } from '../organizations/index.js';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { User } from './user.entity.js';

/** A bearer token acting for one organization; the secret is shown once and stored as SHA-256. */
@Entity({ tableName: 'api_token' })
@ObjectType({
  implements: Node,
  description: 'An API token of an organization (the secret is shown only once, at creation).',
})
export class ApiToken {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Property({ length: 200 })
  @Field()
  name!: string;

  @Property({ length: 64, unique: true })
  secretHash!: string;

  /** The first characters of the secret, so people can tell their tokens apart. */
  @Property({ length: 16 })
  @Field({ description: 'The first characters of the secret, to tell tokens apart.' })
  prefix!: string;

  @Enum({ items: () => ApiTokenScope, nativeEnumName: 'api_token_scope' })
  @Field(() => ApiTokenScope)
  scope!: ApiTokenScope;

  @ManyToOne(() => District, { deleteRule: 'cascade', nullable: true, index: true })
  district?: Rel<District> | null;

  @ManyToOne(() => PartnerOrganization, { deleteRule: 'cascade', nullable: true, index: true })
  partner?: Rel<PartnerOrganization> | null;

  @ManyToOne(() => User, { deleteRule: 'set null', nullable: true })
  createdBy?: Rel<User> | null;

  @Property()
  @Field(() => Date)
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  lastUsedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  expiresAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  revokedAt?: Date | null;
}
