import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToOne,
  type Opt,
  PrimaryKey,
  Property,
  type Rel,
  Unique,
} from '@mikro-orm/core';
import { DistrictCondition } from '@partnerhub/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { VERSION_FIELD, Versioned } from '../../db/versioned.js';
import { Node } from '../../graphql/node.js';
import { District } from '../organizations/index.js';
import { ConditionStatus, EvidenceKind } from './conditions.enums.js';

/** Whether a district shows its readiness publicly; the row exists once it was first published. */
@Entity({ tableName: 'district_readiness' })
export class ReadinessPublication {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @OneToOne(() => District, { owner: true, deleteRule: 'cascade' })
  district!: Rel<District>;

  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  @Property({ length: 300, nullable: true })
  publishedByName?: string | null;

  @Property()
  createdAt: Date & Opt = new Date();

  @Property({ onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

/**
 * Where a district stands on one of the ten conditions: its status and narrative, and who last
 * changed them. A condition without a row has not been started.
 */
@Entity({ tableName: 'readiness_condition' })
@Unique({ properties: ['district', 'condition'] })
export class ConditionState extends Versioned {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => District, { deleteRule: 'cascade', index: false })
  district!: Rel<District>;

  @Enum({ items: () => DistrictCondition, nativeEnumName: 'district_condition' })
  condition!: DistrictCondition;

  @Enum({ items: () => ConditionStatus })
  status!: ConditionStatus;

  @Property({ type: 'text', nullable: true })
  narrative?: string | null;

  @Property({ type: 'integer', nullable: true })
  updatedByUserId?: number | null;

  @Property({ length: 300 })
  updatedByName!: string;
}

/** A dated piece of evidence that a district has a condition in place: a review, a policy, a link. */
@Entity({ tableName: 'condition_evidence' })
@Index({ properties: ['district', 'condition', 'date'] })
@ObjectType({ implements: Node, description: 'Dated evidence that a district has a condition in place.' })
export class ConditionEvidence extends Versioned {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => District, { deleteRule: 'cascade', index: false })
  district!: Rel<District>;

  @Enum({ items: () => DistrictCondition, nativeEnumName: 'district_condition' })
  @Field(() => DistrictCondition)
  condition!: DistrictCondition;

  @Enum({ items: () => EvidenceKind })
  @Field(() => EvidenceKind)
  kind!: EvidenceKind;

  @Property({ length: 300 })
  @Field()
  title!: string;

  @Property({ length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'An http or https address.' })
  url?: string | null;

  @Property({ type: 'date' })
  @Field({ description: 'YYYY-MM-DD: when it happened, e.g. the date of a curriculum review.' })
  date!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, VERSION_FIELD)
  declare version: number & Opt;
}
