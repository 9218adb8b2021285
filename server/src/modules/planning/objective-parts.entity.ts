import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel, Unique } from '@mikro-orm/core';
import { DistrictCondition } from '@partnerhub/shared';
import { Field, ObjectType } from 'type-graphql';
import type { Objective } from './objective.entity.js';
import { ObjectiveStatus } from './planning.enums.js';

/** One district condition an objective serves (a row each, so reports can group by condition in SQL). */
@Entity({ tableName: 'plan_objective_condition' })
@Unique({ properties: ['objective', 'condition'] })
export class ObjectiveCondition {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne('Objective', { deleteRule: 'cascade', index: false })
  objective!: Rel<Objective>;

  @Enum({ items: () => DistrictCondition, nativeEnumName: 'district_condition' })
  condition!: DistrictCondition;
}

/** A published listing an objective relies on, by the listing id it keeps across list versions. */
@Entity({ tableName: 'plan_objective_listing' })
@Unique({ properties: ['objective', 'listingId'] })
@Index({ properties: ['listingId'] })
export class ObjectiveListing {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne('Objective', { deleteRule: 'cascade', index: false })
  objective!: Rel<Objective>;

  @Property({ length: 36 })
  listingId!: string;
}

/** One change of an objective's status, with who made it and why; rows are only ever inserted. */
@Entity({ tableName: 'plan_objective_status_change' })
@Index({ properties: ['objective', 'id'] })
@ObjectType({ description: "One change of an objective's status." })
export class ObjectiveStatusChange {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne('Objective', { deleteRule: 'cascade', index: false })
  objective!: Rel<Objective>;

  @Enum({ items: () => ObjectiveStatus, nativeEnumName: 'objective_status', nullable: true })
  @Field(() => ObjectiveStatus, {
    nullable: true,
    description: 'Null for the status the objective started with.',
  })
  previousStatus?: ObjectiveStatus | null;

  @Enum({ items: () => ObjectiveStatus, nativeEnumName: 'objective_status' })
  @Field(() => ObjectiveStatus)
  status!: ObjectiveStatus;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  note?: string | null;

  @Property()
  @Field(() => Date)
  changedAt!: Date;

  @Property({ length: 300 })
  @Field({ description: 'The person or API token that changed it.' })
  changedByName!: string;
}
