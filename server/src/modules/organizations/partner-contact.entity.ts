import { Entity, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { PartnerOrganization } from './partner-organization.entity.js';

/** A person at a partner organization; shown publicly only when marked publishable. */
@Entity({ tableName: 'partner_contact' })
@ObjectType('Contact', { description: 'A contact person who agreed to be listed publicly.' })
export class PartnerContact {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => PartnerOrganization, { deleteRule: 'cascade', index: true })
  partner!: Rel<PartnerOrganization>;

  @Property({ length: 200 })
  @Field()
  name!: string;

  @Property({ length: 200, nullable: true })
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Property({ length: 320, nullable: true })
  @Field(() => String, { nullable: true })
  email?: string | null;

  @Property({ length: 40, nullable: true })
  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Property({ default: false })
  publishable: boolean & Opt = false;
}
