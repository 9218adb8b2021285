import {
  Collection,
  Entity,
  Enum,
  ManyToOne,
  OneToMany,
  type Opt,
  PrimaryKey,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { District } from './district.entity.js';
import { PartnerKind } from '@partnerhub/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { PartnerContact } from './partner-contact.entity.js';
import { VERSION_FIELD, Versioned } from '../../db/versioned.js';

/** A business, nonprofit, college, agency or other organization that partners with districts. */
@Entity({ tableName: 'partner_organization' })
// Plain properties, no middleware: read by graphql's default resolver (see District).
@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: 'An organization that partners with districts.',
})
export class PartnerOrganization extends Versioned {
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

  /**
   * The district that added this partner (for older data, that of its first agreement); it manages
   * the partner's profile, contacts and members until the partner has an admin of its own.
   */
  @ManyToOne(() => District, { deleteRule: 'set null', nullable: true })
  createdByDistrict?: Rel<District> | null;

  /** Archived partners leave the public directory; their history stays. */
  @Property({ type: 'datetime', nullable: true })
  archivedAt?: Date | null;

  @Field(() => Int, VERSION_FIELD)
  declare version: number & Opt;
}
