import { Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { VERSION_FIELD, Versioned } from '../../db/versioned.js';

/**
 * A state education agency: one per state. Its members' state roles reach every district whose
 * `state` is its own, with no invitation by the district.
 */
@Entity({ tableName: 'state_agency' })
@ObjectType({
  implements: Node,
  description: 'A state education agency: reviews and supports every district of its state.',
})
export class StateAgency extends Versioned {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Property({ length: 200 })
  @Field()
  name!: string;

  @Property({ length: 2, unique: true })
  @Field({ description: 'Two-letter state code; one agency per state.' })
  state!: string;

  @Property({ length: 500, nullable: true })
  @Field(() => String, { nullable: true })
  website?: string | null;

  /** Whether state reviewers (not only state admins) may record review decisions. */
  @Property({ default: false })
  @Field(() => Boolean, {
    description: 'Whether state reviewers may record review decisions, not only state admins.',
  })
  reviewersMayDecide: boolean & Opt = false;

  @Field(() => Int, VERSION_FIELD)
  declare version: number & Opt;
}
