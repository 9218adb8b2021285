import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { District } from '../organizations/index.js';

/**
 * A named, numbered copy of a district's vision text. The content never changes once saved; only the
 * adoption fields are set when a district admin adopts it. The district's adopted vision is the
 * version adopted most recently, so adopting another keeps the earlier adoption on record.
 */
@Entity({ tableName: 'vision_version' })
@Unique({ properties: ['district', 'number'] })
@Index({ properties: ['district', 'adoptedAt'] })
@ObjectType({ implements: Node, description: "A named, saved copy of a district's vision." })
export class VisionVersion {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => District, { deleteRule: 'cascade' })
  district!: Rel<District>;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Version number, from 1, per district.' })
  number!: number;

  @Property({ length: 200 })
  @Field()
  name!: string;

  /** `Y.encodeStateAsUpdate` of a document holding only the vision content, as it was when saved. */
  @Property({ type: 'uint8array', lazy: true })
  snapshot!: Uint8Array;

  @Property({ type: 'integer', nullable: true })
  createdByUserId?: number | null;

  @Property({ length: 300 })
  @Field({ description: 'Who saved it.' })
  createdByName!: string;

  @Property()
  @Field(() => Date)
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was last adopted in PartnerHub.' })
  adoptedAt?: Date | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'The date the board adopted it (YYYY-MM-DD).' })
  adoptedOn?: string | null;

  @Property({ length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'The board resolution that adopted it.' })
  resolution?: string | null;

  @Property({ length: 300, nullable: true })
  @Field(() => String, { nullable: true, description: 'Who recorded the adoption.' })
  adoptedByName?: string | null;
}
