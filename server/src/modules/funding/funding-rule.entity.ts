import {
  BigIntType,
  Entity,
  Enum,
  Index,
  ManyToOne,
  type Opt,
  PrimaryKey,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { SafeIntResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { District } from '../organizations/index.js';
import { FundingProgram } from './funding-program.entity.js';
import { FundingPurpose, FundingRuleKind } from './funding.enums.js';
import { VERSION_FIELD, Versioned } from '../../db/versioned.js';

/**
 * A set-aside or fiscal rule of a program for a range of fiscal years. Rules without a district are
 * the defaults every district starts with; a district rule with the same program, kind and purpose
 * replaces them for that district in the years it covers. Inactive rules are kept as history.
 */
@Entity({ tableName: 'funding_rule' })
@Index({ properties: ['program', 'district'] })
@ObjectType({ implements: Node, description: 'A set-aside or fiscal rule of a funding program, as data.' })
export class FundingRule extends Versioned {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => FundingProgram, { deleteRule: 'cascade', index: false })
  program!: Rel<FundingProgram>;

  /** Null for a default rule. */
  @ManyToOne(() => District, { nullable: true, deleteRule: 'cascade', index: true })
  district?: Rel<District> | null;

  @Enum({ items: () => FundingRuleKind, nativeEnumName: 'funding_rule_kind' })
  @Field(() => FundingRuleKind)
  kind!: FundingRuleKind;

  @Enum({ items: () => FundingPurpose, nativeEnumName: 'funding_purpose', nullable: true })
  @Field(() => FundingPurpose, { nullable: true, description: 'The purpose a set-aside is for.' })
  purpose?: FundingPurpose | null;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'The share in basis points of the amount: 100 is 1%.' })
  basisPoints!: number;

  @Property({ type: new BigIntType('number'), nullable: true })
  @Field(() => SafeIntResolver, {
    nullable: true,
    description: 'The rule applies only when the amount exceeds this many cents.',
  })
  thresholdCents?: number | null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'First fiscal year the rule covers; null: no limit.' })
  firstFiscalYear?: number | null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Last fiscal year the rule covers; null: no limit.' })
  lastFiscalYear?: number | null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Inactive rules are history: shown, never applied.' })
  active!: boolean;

  @Property({ length: 300, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'The statute or guidance, e.g. "ESEA section 1116(a)(3)".',
  })
  citation?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Date)
  declare updatedAt: Date & Opt;

  @Field(() => Int, VERSION_FIELD)
  declare version: number & Opt;
}
