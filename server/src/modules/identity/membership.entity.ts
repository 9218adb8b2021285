import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Rel, Unique } from '@mikro-orm/core';
import { Role } from '@partnerhub/shared';
import { District } from '../organizations/district.entity.js';
import { PartnerOrganization } from '../organizations/partner-organization.entity.js';
import { User } from './user.entity.js';

/** A user's role in one organization: a district (district roles) or a partner (partner roles). */
@Entity({ tableName: 'membership' })
@Unique({ properties: ['user', 'district'] })
@Unique({ properties: ['user', 'partner'] })
export class Membership {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: Rel<User>;

  @Enum({ items: () => Role, nativeEnumName: 'member_role' })
  role!: Role;

  @ManyToOne(() => District, { deleteRule: 'cascade', nullable: true, index: true })
  district?: Rel<District> | null;

  @ManyToOne(() => PartnerOrganization, { deleteRule: 'cascade', nullable: true, index: true })
  partner?: Rel<PartnerOrganization> | null;

  @Property()
  createdAt: Date & Opt = new Date();
}
