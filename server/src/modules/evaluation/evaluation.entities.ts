import {
  DecimalType,
  Entity,
  Enum,
  Index,
  ManyToOne,
  type Opt,
  PrimaryKey,
  Property,
  type Rel,
  Unique,
} from '@mikro-orm/core';
import {
  DistrictCondition,
  IndicatorCategory,
  IndicatorDirection,
  IndicatorUnit,
  Subgroup,
} from '@partnerhub/shared';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { VERSION_FIELD, Versioned } from '../../db/versioned.js';
import { Node } from '../../graphql/node.js';
import { District, StateAgency } from '../organizations/index.js';

/**
 * An indicator of the catalog. Seeded ones have neither a state agency nor a district; a state's
 * apply to every district of the state; a district's to that district only. `scopeKey` makes codes
 * unique per scope ('', 'S<agency id>' or 'D<district id>').
 */
@Entity({ tableName: 'indicator' })
@Unique({ properties: ['scopeKey', 'code'] })
@ObjectType({ implements: Node, description: 'An evaluation indicator of the catalog.' })
export class Indicator extends Versioned {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Property({ length: 20 })
  scopeKey!: string;

  @ManyToOne(() => StateAgency, { nullable: true, deleteRule: 'cascade', index: true })
  stateAgency?: Rel<StateAgency> | null;

  @ManyToOne(() => District, { nullable: true, deleteRule: 'cascade', index: true })
  district?: Rel<District> | null;

  @Property({ length: 60 })
  @Field({ description: 'Stable code, unique in its scope, e.g. ATTENDANCE_RATE.' })
  code!: string;

  @Property({ length: 200 })
  @Field()
  name!: string;

  @Property({ type: 'text' })
  @Field()
  description!: string;

  @Enum({ items: () => IndicatorCategory })
  @Field(() => IndicatorCategory)
  category!: IndicatorCategory;

  @Property({ type: 'json' })
  @Field(() => [Int], { description: 'Years of the flexibility period (1-5) the indicator is for.' })
  planYears!: number[];

  @Enum({ items: () => IndicatorUnit })
  @Field(() => IndicatorUnit)
  unit!: IndicatorUnit;

  @Enum({ items: () => IndicatorDirection })
  @Field(() => IndicatorDirection)
  direction!: IndicatorDirection;

  @Property({ type: 'json' })
  @Field(() => [Subgroup], { description: 'The subgroups values are reported by.' })
  subgroups!: Subgroup[];

  @Property({ type: 'json' })
  @Field(() => [DistrictCondition], { description: 'The District Conditions for Scale it evidences.' })
  conditions!: DistrictCondition[];

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Display order.' })
  position!: number;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'Archived indicators take no new values.' })
  archivedAt?: Date | null;

  @Field(() => Int, VERSION_FIELD)
  declare version: number & Opt;
}

/**
 * One aggregate of an indicator: a district (or one of its schools), a school year, a subgroup, the
 * value and the number of students behind it. Never read outside the district's evaluation editors
 * except through the suppression in `evaluation.cells.ts`. `schoolNcesId` is '' at district level.
 */
@Entity({ tableName: 'indicator_value' })
@Unique({ properties: ['district', 'indicator', 'schoolYear', 'schoolNcesId', 'subgroup'] })
@Index({ properties: ['district', 'schoolYear'] })
export class IndicatorValue extends Versioned {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => District, { deleteRule: 'cascade', index: false })
  district!: Rel<District>;

  @ManyToOne(() => Indicator, { deleteRule: 'cascade', index: true })
  indicator!: Rel<Indicator>;

  /** The first calendar year of the school year: 2026 for 2026-27. */
  @Property({ type: 'integer' })
  schoolYear!: number;

  @Property({ length: 12, default: '' })
  schoolNcesId: string & Opt = '';

  @Enum({ items: () => Subgroup })
  subgroup!: Subgroup;

  @Property({ type: new DecimalType('number'), precision: 14, scale: 4 })
  value!: number;

  @Property({ type: 'integer' })
  n!: number;

  @Property({ length: 200, nullable: true })
  source?: string | null;
}

/** A district's target for an indicator in a school year, linked to objectives of its plan. */
@Entity({ tableName: 'indicator_target' })
@Unique({ properties: ['district', 'indicator', 'schoolYear', 'subgroup'] })
@ObjectType({ implements: Node, description: "A district's target for an indicator in a school year." })
export class IndicatorTarget extends Versioned {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => District, { deleteRule: 'cascade', index: false })
  district!: Rel<District>;

  @ManyToOne(() => Indicator, { deleteRule: 'cascade', index: true })
  indicator!: Rel<Indicator>;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'First calendar year of the school year: 2026 for 2026-27.' })
  schoolYear!: number;

  @Enum({ items: () => Subgroup })
  @Field(() => Subgroup)
  subgroup: Subgroup & Opt = Subgroup.ALL_STUDENTS;

  @Property({ type: new DecimalType('number'), precision: 14, scale: 4 })
  @Field(() => Float)
  value!: number;

  /** Objectives of the district's plan this target evidences (ids; removed objectives drop out). */
  @Property({ type: 'json' })
  objectiveIds: number[] & Opt = [];

  @Field(() => Int, VERSION_FIELD)
  declare version: number & Opt;
}

/**
 * Evaluation settings of a state agency or of a district (exactly one of them): the minimum n, and
 * for a district when its evaluation summary was published.
 */
@Entity({ tableName: 'evaluation_setting' })
export class EvaluationSetting extends Versioned {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => StateAgency, { nullable: true, deleteRule: 'cascade', unique: true })
  stateAgency?: Rel<StateAgency> | null;

  @ManyToOne(() => District, { nullable: true, deleteRule: 'cascade', unique: true })
  district?: Rel<District> | null;

  @Property({ type: 'integer', nullable: true })
  minimumN?: number | null;

  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;
}
