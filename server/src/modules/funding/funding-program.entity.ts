import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { FundingProgramKind, FundingPurpose } from './funding.enums.js';

/**
 * A funding program (Title I, Part A; a state grant; ...). Programs are data, seeded by a migration;
 * `allowedUses` null means the program restricts no purpose.
 */
@Entity({ tableName: 'funding_program' })
@ObjectType({ implements: Node, description: 'A funding program, with its Assistance Listing Number.' })
export class FundingProgram {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Property({ length: 40, unique: true })
  @Field({ description: 'Stable code, e.g. TITLE_I_A.' })
  code!: string;

  @Property({ length: 200 })
  @Field({ description: 'e.g. "Title I, Part A".' })
  name!: string;

  @Property({ length: 7, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Assistance Listing Number of a federal program, e.g. 84.010.',
  })
  aln?: string | null;

  @Enum({ items: () => FundingProgramKind, nativeEnumName: 'funding_program_kind' })
  @Field(() => FundingProgramKind)
  kind!: FundingProgramKind;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Property({ type: 'json', nullable: true })
  allowedUses?: FundingPurpose[] | null;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Display order.' })
  position!: number;
}
