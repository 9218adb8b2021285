import {
  BigIntType,
  Entity,
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
import { VERSION_FIELD, Versioned } from '../../db/versioned.js';

/** Money a district receives from one program for one fiscal year, in whole cents. */
@Entity({ tableName: 'funding_source' })
@Index({ properties: ['district', 'fiscalYear'] })
@ObjectType({ implements: Node, description: 'Money from one program for one fiscal year.' })
export class FundingSource extends Versioned {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => District, { deleteRule: 'cascade', index: false })
  district!: Rel<District>;

  @ManyToOne(() => FundingProgram, { index: true })
  program!: Rel<FundingProgram>;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'e.g. 2026 for FY2026.' })
  fiscalYear!: number;

  @Property({ length: 200 })
  @Field({ description: 'e.g. "Title I, Part A FY2026"; used in messages and reports.' })
  name!: string;

  @Property({ type: new BigIntType('number') })
  @Field(() => SafeIntResolver, { description: 'The amount in whole cents.' })
  amountCents!: number;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Date)
  declare updatedAt: Date & Opt;

  @Field(() => Int, VERSION_FIELD)
  declare version: number & Opt;
}
