import {
  BigIntType,
  Entity,
  Enum,
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
import { Objective } from '../planning/index.js';
import { FundingSource } from './funding-source.entity.js';
import { FundingPurpose } from './funding.enums.js';
import { VERSION_FIELD, Versioned } from '../../db/versioned.js';

/** Part of a funding source aligned to one objective, for one purpose, in whole cents. */
@Entity({ tableName: 'funding_allocation' })
@ObjectType({ implements: Node, description: 'Money from a funding source aligned to an objective.' })
export class FundingAllocation extends Versioned {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => District, { deleteRule: 'cascade', index: true })
  district!: Rel<District>;

  @ManyToOne(() => FundingSource, { deleteRule: 'cascade', index: true })
  source!: Rel<FundingSource>;

  @ManyToOne(() => Objective, { deleteRule: 'cascade', index: true })
  objective!: Rel<Objective>;

  @Property({ type: new BigIntType('number') })
  @Field(() => SafeIntResolver, { description: 'The amount in whole cents.' })
  amountCents!: number;

  @Enum({ items: () => FundingPurpose, nativeEnumName: 'funding_purpose' })
  @Field(() => FundingPurpose)
  purpose!: FundingPurpose;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Date)
  declare updatedAt: Date & Opt;

  @Field(() => Int, VERSION_FIELD)
  declare version: number & Opt;
}
