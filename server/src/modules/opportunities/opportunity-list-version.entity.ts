import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { District } from '../organizations/index.js';

/**
 * An immutable, numbered publication of a district's opportunity list. Versions are only ever
 * inserted: publishing again makes version N+1, and ids grow with numbers within a district.
 */
@Entity({ tableName: 'opportunity_list_version' })
@Unique({ properties: ['district', 'number'] })
@Index({ properties: ['district', 'id'] })
@ObjectType({
  implements: Node,
  description: "One immutable, numbered publication of a district's opportunity list.",
})
export class OpportunityListVersion {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => District, { deleteRule: 'cascade' })
  district!: Rel<District>;

  @Property()
  @Field(() => Int, { description: 'Version number, from 1, per district.' })
  number!: number;

  @Property()
  @Field(() => Date)
  publishedAt: Date & Opt = new Date();

  @Property({ length: 200 })
  @Field({ description: 'Name of the person who published it.' })
  publishedByName!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "What changed, in the publisher's words." })
  summary?: string | null;

  @Property()
  @Field(() => Int)
  opportunityCount!: number;
}
