import { Entity, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { PartnerOrganization } from './partner-organization.entity.js';

/** A person at a partner organization; shown publicly only when marked publishable. */
@Entity({ tableName: 'partner_contact' })
@ObjectType('Contact', {
  description: 'A contact person. The public sees only those marked publishable.',
})
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
  @Field(() => Boolean, { description: 'Whether the contact agreed to be shown publicly.' })
  publishable: boolean & Opt = false;

  /** Optimistic lock: bumped on every update; a write carrying an older value is refused as stale. */
  @Property({ version: true, type: 'integer' })
  @Field(() => Int, {
    description:
      "Pass it back when updating; a stale value is refused. 0 on a listing's contact, a copy that is never updated.",
  })
  version!: number & Opt;
}
