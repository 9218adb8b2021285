import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  OneToMany,
  type Opt,
  PrimaryKey,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { District, PartnerOrganization } from '../organizations/index.js';
import { Partnership } from '../partnerships/index.js';
import type { Goal } from './goal.entity.js';
import { ObjectiveCondition, ObjectiveListing, ObjectiveStatusChange } from './objective-parts.entity.js';
import { ObjectiveStatus } from './planning.enums.js';
import { VERSION_FIELD, Versioned } from '../../db/versioned.js';

/**
 * One objective of a goal: a timeline, who answers for it, where it stands, the district conditions
 * it serves and its ESSA evidence tier. Exactly one of the three responsible-party columns is set.
 */
@Entity({ tableName: 'plan_objective' })
@Index({ properties: ['goal', 'position'] })
@ObjectType({ implements: Node, description: 'An objective of a plan goal.' })
export class Objective extends Versioned {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => District, { deleteRule: 'cascade', index: true })
  district!: Rel<District>;

  @ManyToOne('Goal', { deleteRule: 'cascade', index: false })
  goal!: Rel<Goal>;

  @Property({ length: 300 })
  @Field()
  title!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Order within the goal, from 0.' })
  position!: number;

  @Property({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startDate?: string | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueDate?: string | null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Year 1-5 of the flexibility period.' })
  planYear?: number | null;

  @Property({ length: 200, nullable: true })
  responsiblePerson?: string | null;

  @ManyToOne(() => PartnerOrganization, { nullable: true, deleteRule: 'set null', index: true })
  responsiblePartner?: Rel<PartnerOrganization> | null;

  @Property({ length: 200, nullable: true })
  responsibleOrganization?: string | null;

  @Enum({ items: () => ObjectiveStatus, nativeEnumName: 'objective_status' })
  @Field(() => ObjectiveStatus)
  status!: ObjectiveStatus;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'ESSA evidence tier: 1 strong, 2 moderate, 3 promising, 4 demonstrates a rationale.',
  })
  evidenceTier?: number | null;

  @OneToMany(() => ObjectiveCondition, (c) => c.objective, { orphanRemoval: true })
  conditionLinks = new Collection<ObjectiveCondition>(this);

  @OneToMany(() => ObjectiveListing, (l) => l.objective, { orphanRemoval: true })
  listingLinks = new Collection<ObjectiveListing>(this);

  @OneToMany(() => ObjectiveStatusChange, (c) => c.objective, { orderBy: { id: 'desc' } })
  statusChanges = new Collection<ObjectiveStatusChange>(this);

  @ManyToMany(() => Partnership, undefined, { owner: true, pivotTable: 'plan_objective_partnership' })
  partnerships = new Collection<Partnership>(this);

  @Field(() => Date)
  declare updatedAt: Date & Opt;

  @Field(() => Int, VERSION_FIELD)
  declare version: number & Opt;
}
