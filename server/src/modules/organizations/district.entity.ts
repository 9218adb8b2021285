import { Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { VERSION_FIELD, Versioned } from '../../db/versioned.js';

/** A local education agency. */
@Entity({ tableName: 'district' })
// Fields are plain properties with no middleware: graphql's default resolver reads them, without a
// type-graphql wrapper per field (public pages read districts on every listing).
@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: 'A school district (local education agency).',
})
export class District extends Versioned {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Property({ length: 200 })
  @Field()
  name!: string;

  @Property({ length: 80, unique: true })
  @Field({ description: 'Short name used in public URLs.' })
  slug!: string;

  @Property({ length: 2, index: true })
  @Field({ description: 'Two-letter state code.' })
  state!: string;

  @Property({ length: 7, unique: true })
  @Field({ description: 'NCES LEA ID: 2-digit state FIPS code and 5 digits.' })
  ncesLeaId!: string;

  @Property({ length: 120, nullable: true })
  @Field(() => String, { nullable: true })
  city?: string | null;

  @Property({ length: 500, nullable: true })
  @Field(() => String, { nullable: true })
  website?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'A short public introduction.' })
  description?: string | null;

  @Field(() => Int, VERSION_FIELD)
  declare version: number & Opt;
}
