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
import type { DistrictCondition } from '@partnerhub/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { VERSION_FIELD, Versioned } from '../../db/versioned.js';
import { Node } from '../../graphql/node.js';
import { District } from '../organizations/index.js';
import {
  DecisionKind,
  FlexibilityAreaKind,
  FlexibilityAreaStatus,
  FlexibilityStage,
  SubmissionKind,
} from './flexibility.enums.js';
import type { SubmissionContent } from './flexibility.snapshot.js';

/**
 * A district's flexibility application: one per district, from the first draft through the five
 * years of its period. The assurance narratives are the district's words; their evidence is drawn
 * from the district's vision, plan and funding when it submits.
 */
@Entity({ tableName: 'flexibility_application' })
@ObjectType({ implements: Node, description: "A district's application for state policy flexibility." })
export class FlexibilityApplication extends Versioned {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @OneToOne(() => District, { owner: true, deleteRule: 'cascade' })
  district!: Rel<District>;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'The school year Year 1 begins: 2027 means 2027-28.' })
  firstSchoolYear!: number;

  @Enum({ items: () => FlexibilityStage })
  @Field(() => FlexibilityStage)
  stage: FlexibilityStage & Opt = FlexibilityStage.DRAFT;

  @Property({ type: 'text', nullable: true })
  planningProcess?: string | null;

  @Property({ type: 'text', nullable: true })
  implementationPlan?: string | null;

  @Property({ type: 'text', nullable: true })
  continuousImprovement?: string | null;

  @Property({ type: 'text', nullable: true })
  fundingAlignment?: string | null;

  @Field(() => Date)
  declare updatedAt: Date & Opt;

  @Field(() => Int, VERSION_FIELD)
  declare version: number & Opt;
}

/** One area of flexibility a district requests: the requirement to waive or modify, and why. */
@Entity({ tableName: 'flexibility_area' })
@Index({ properties: ['application', 'position'] })
@ObjectType({ implements: Node, description: 'An area of flexibility a district requests.' })
export class FlexibilityArea extends Versioned {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => FlexibilityApplication, { deleteRule: 'cascade', index: false })
  application!: Rel<FlexibilityApplication>;

  @Enum({ items: () => FlexibilityAreaKind })
  @Field(() => FlexibilityAreaKind)
  area!: FlexibilityAreaKind;

  @Property({ length: 500 })
  @Field({ description: 'The state requirement to waive or modify, e.g. seat time.' })
  requirement!: string;

  @Property({ type: 'text', nullable: true })
  justification?: string | null;

  /** Objectives of the district's plan the area serves (ids; objectives removed later drop out). */
  @Property({ type: 'json' })
  objectiveIds: number[] & Opt = [];

  @Property({ type: 'json' })
  conditions: DistrictCondition[] & Opt = [];

  @Enum({ items: () => FlexibilityAreaStatus })
  @Field(() => FlexibilityAreaStatus)
  status!: FlexibilityAreaStatus;

  @Property({ default: false })
  @Field(() => Boolean, { description: 'Whether it was requested during implementation, after approval.' })
  additional: boolean & Opt = false;

  @Property({ type: 'integer' })
  position!: number;

  @Field(() => Int, VERSION_FIELD)
  declare version: number & Opt;
}

/** What a district submitted, frozen: it never changes; a later submission is a new row. */
@Entity({ tableName: 'flexibility_submission' })
@Unique({ properties: ['application', 'number'] })
@ObjectType({ implements: Node, description: 'An immutable snapshot of a submitted application.' })
export class FlexibilitySubmission {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => FlexibilityApplication, { deleteRule: 'cascade', index: false })
  application!: Rel<FlexibilityApplication>;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Numbered from 1 per application.' })
  number!: number;

  @Enum({ items: () => SubmissionKind })
  @Field(() => SubmissionKind)
  kind!: SubmissionKind;

  @Property({ type: 'json', lazy: true })
  content!: SubmissionContent;

  @Property({ type: 'integer', nullable: true })
  submittedByUserId?: number | null;

  @Property({ length: 300 })
  @Field()
  submittedByName!: string;

  @Property()
  @Field(() => Date)
  submittedAt: Date & Opt = new Date();
}

/** A decision of the state on an application; public once made, and never changed. */
@Entity({ tableName: 'flexibility_decision' })
@Index({ properties: ['application', 'decidedAt'] })
@ObjectType({ implements: Node, description: "A state's decision on a flexibility application." })
export class FlexibilityDecision {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => FlexibilityApplication, { deleteRule: 'cascade', index: false })
  application!: Rel<FlexibilityApplication>;

  @ManyToOne(() => FlexibilitySubmission, { nullable: true, deleteRule: 'set null' })
  submission?: Rel<FlexibilitySubmission> | null;

  @ManyToOne(() => FlexibilityArea, { nullable: true, deleteRule: 'set null' })
  area?: Rel<FlexibilityArea> | null;

  @Enum({ items: () => DecisionKind })
  @Field(() => DecisionKind)
  kind!: DecisionKind;

  @Enum({ items: () => FlexibilityStage })
  @Field(() => FlexibilityStage, { description: 'The stage before the decision.' })
  stageBefore!: FlexibilityStage;

  @Enum({ items: () => FlexibilityStage })
  @Field(() => FlexibilityStage, { description: 'The stage the decision moved the application to.' })
  stageAfter!: FlexibilityStage;

  @Property({ type: 'text' })
  @Field()
  rationale!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What the district must change (returns).' })
  requiredChanges?: string | null;

  @Property({ type: 'integer', nullable: true })
  decidedByUserId?: number | null;

  @Property({ length: 300 })
  @Field({ description: 'The state reviewer or admin who decided.' })
  decidedByName!: string;

  @Property()
  @Field(() => Date)
  decidedAt: Date & Opt = new Date();
}
