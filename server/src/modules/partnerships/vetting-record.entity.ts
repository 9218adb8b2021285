import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Rel, Unique } from '@mikro-orm/core';
import { VettingKind } from '@partnerhub/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Partnership } from './partnership.entity.js';

/** One vetting requirement a district checked for a partnership, valid until its expiry date. */
@Entity({ tableName: 'vetting_record' })
@Unique({ properties: ['partnership', 'kind'] })
@ObjectType({
  implements: Node,
  description: 'A vetting requirement (agreement, insurance, background checks).',
})
export class VettingRecord {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Partnership, { deleteRule: 'cascade' })
  partnership!: Rel<Partnership>;

  @Enum({ items: () => VettingKind, nativeEnumName: 'vetting_kind' })
  @Field(() => VettingKind)
  kind!: VettingKind;

  @Property({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when the district verified it.' })
  verifiedOn?: string | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the last day it is valid.' })
  expiresOn?: string | null;

  @Property({ length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'Link to the document on file.' })
  documentUrl?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  note?: string | null;

  @Property({ onUpdate: () => new Date() })
  @Field(() => Date)
  updatedAt: Date & Opt = new Date();

  /** Optimistic lock: bumped on every update; a write carrying an older value is refused as stale. */
  @Property({ version: true, type: 'integer' })
  @Field(() => Int, { description: 'Pass it back when updating; a stale value is refused.' })
  version!: number & Opt;
}
