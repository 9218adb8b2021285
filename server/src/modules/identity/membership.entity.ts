import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Rel, Unique } from '@mikro-orm/core';
import { Role } from '@partnerhub/shared';
import { District, PartnerOrganization, StateAgency } from '../organizations/index.js';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { User } from './user.entity.js';

/**
 * A user's role in one organization: a district (district roles), a partner (partner roles) or a state
 * agency (state roles).
 */
@Entity({ tableName: 'membership' })
@Unique({ properties: ['user', 'district'] })
@Unique({ properties: ['user', 'partner'] })
@Unique({ properties: ['user', 'stateAgency'] })
@ObjectType({
  implements: Node,
  description: "A person's role in a district, a partner organization or a state agency.",
})
export class Membership {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  @Field(() => User)
  user!: Rel<User>;

  @Enum({ items: () => Role, nativeEnumName: 'member_role' })
  @Field(() => Role)
  role!: Role;

  @ManyToOne(() => District, { deleteRule: 'cascade', nullable: true, index: true })
  @Field(() => District, { nullable: true })
  district?: Rel<District> | null;

  @ManyToOne(() => PartnerOrganization, { deleteRule: 'cascade', nullable: true, index: true })
  @Field(() => PartnerOrganization, { nullable: true })
  partner?: Rel<PartnerOrganization> | null;

  @ManyToOne(() => StateAgency, { deleteRule: 'cascade', nullable: true, index: true })
  @Field(() => StateAgency, { nullable: true })
  stateAgency?: Rel<StateAgency> | null;

  @Property()
  @Field(() => Date)
  createdAt: Date & Opt = new Date();
}
