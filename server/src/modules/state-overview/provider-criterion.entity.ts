import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { VERSION_FIELD, Versioned } from '../../db/versioned.js';
import { Node } from '../../graphql/node.js';
import { StateAgency } from '../organizations/index.js';

/**
 * A criterion a state agency publishes for districts choosing professional-development and
 * strategic-assistance providers. Archived criteria leave the public list but keep their history.
 */
@Entity({ tableName: 'provider_criterion' })
@Index({ properties: ['stateAgency', 'position'] })
@ObjectType({
  implements: Node,
  description: 'A criterion a state publishes for choosing technical-assistance providers.',
})
export class ProviderCriterion extends Versioned {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => StateAgency, { deleteRule: 'cascade', index: false })
  stateAgency!: Rel<StateAgency>;

  @Property({ length: 200 })
  @Field()
  title!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Order in the agency’s list, from 0.' })
  position!: number;

  @Property({ type: 'datetime', nullable: true })
  archivedAt?: Date | null;

  @Field(() => Boolean, { description: 'Archived criteria are no longer published.' })
  get archived(): boolean & Opt {
    return this.archivedAt != null;
  }

  @Field(() => Int, VERSION_FIELD)
  declare version: number & Opt;
}
