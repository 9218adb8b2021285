import {
  Collection,
  Entity,
  Index,
  ManyToOne,
  OneToMany,
  type Opt,
  PrimaryKey,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { District } from '../organizations/index.js';
import { Objective } from './objective.entity.js';
import { VERSION_FIELD, Versioned } from '../../db/versioned.js';

/** A goal of a district's implementation plan; its objectives say how it will be reached. */
@Entity({ tableName: 'plan_goal' })
@Index({ properties: ['district', 'position'] })
@ObjectType({ implements: Node, description: 'A goal of an implementation plan.' })
export class Goal extends Versioned {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => District, { deleteRule: 'cascade', index: false })
  district!: Rel<District>;

  @Property({ length: 300 })
  @Field()
  title!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Order within the plan, from 0.' })
  position!: number;

  @OneToMany(() => Objective, (o) => o.goal, { orderBy: { position: 'asc', id: 'asc' } })
  objectives = new Collection<Objective>(this);

  @Field(() => Date)
  declare updatedAt: Date & Opt;

  @Field(() => Int, VERSION_FIELD)
  declare version: number & Opt;
}
