import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Role } from '@partnerhub/shared';
import { District, PartnerOrganization, StateAgency } from '../organizations/index.js';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { User } from './user.entity.js';

/** An e-mailed, single-use, expiring offer to join one organization with a role. */
@Entity({ tableName: 'invitation' })
@ObjectType({ implements: Node, description: 'An invitation to join an organization, as its admins see it.' })
export class Invitation {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Property({ length: 64, unique: true })
  secretHash!: string;

  @Property({ length: 320 })
  @Field()
  email!: string;

  @Enum({ items: () => Role, nativeEnumName: 'member_role' })
  @Field(() => Role)
  role!: Role;

  @ManyToOne(() => District, { deleteRule: 'cascade', nullable: true, index: true })
  district?: Rel<District> | null;

  @ManyToOne(() => PartnerOrganization, { deleteRule: 'cascade', nullable: true, index: true })
  partner?: Rel<PartnerOrganization> | null;

  @ManyToOne(() => StateAgency, { deleteRule: 'cascade', nullable: true, index: true })
  stateAgency?: Rel<StateAgency> | null;

  @ManyToOne(() => User, { deleteRule: 'set null', nullable: true })
  invitedBy?: Rel<User> | null;

  @Property()
  @Field(() => Date)
  createdAt: Date & Opt = new Date();

  @Property()
  @Field(() => Date)
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  acceptedAt?: Date | null;

  @ManyToOne(() => User, { deleteRule: 'set null', nullable: true })
  acceptedBy?: Rel<User> | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  revokedAt?: Date | null;
}
