import { Collection, Entity, Enum, OneToMany, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { PartnerKind } from '@partnerhub/shared';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { PartnerContact } from './partner-contact.entity.js';

/** A business, nonprofit, college, agency or other organization that partners with districts. */
@Entity({ tableName: 'partner_organization' })
@ObjectType({ implements: Node, description: 'An organization that partners with districts.' })
export class PartnerOrganization {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Property({ length: 200 })
  @Field()
  name!: string;

  @Property({ length: 120, unique: true })
  @Field({ description: 'Short name used in public URLs.' })
  slug!: string;

  @Enum({ items: () => PartnerKind, nativeEnumName: 'partner_kind' })
  @Field(() => PartnerKind)
  kind!: PartnerKind;

  @Property({ length: 500, nullable: true })
  @Field(() => String, { nullable: true })
  website?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Property({ length: 300, nullable: true })
  @Field(() => String, { nullable: true, description: 'Street address of the main site.' })
  address?: string | null;

  @Property({ length: 120, nullable: true })
  @Field(() => String, { nullable: true })
  city?: string | null;

  @Property({ length: 2, nullable: true })
  @Field(() => String, { nullable: true })
  state?: string | null;

  @Property({ length: 10, nullable: true })
  @Field(() => String, { nullable: true })
  postalCode?: string | null;

  @OneToMany(() => PartnerContact, (contact) => contact.partner, { orphanRemoval: true })
  contacts = new Collection<PartnerContact>(this);

  @Property()
  createdAt: Date & Opt = new Date();

  @Property({ onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
