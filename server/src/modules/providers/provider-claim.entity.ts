import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { VERSION_FIELD, Versioned } from '../../db/versioned.js';
import { Node } from '../../graphql/node.js';
import { PartnerOrganization } from '../organizations/index.js';
import { ProviderCriterion } from '../state-overview/index.js';

/**
 * A technical-assistance provider's statement that it meets one of a state's provider criteria, with
 * its evidence. One row per provider and criterion: withdrawing keeps the row (and its history in the
 * audit log), claiming again brings it back.
 */
@Entity({ tableName: 'provider_claim' })
@Unique({ properties: ['partner', 'criterion'] })
@ObjectType({
  implements: Node,
  description: 'A provider’s claim that it meets one of the state’s provider criteria (public).',
})
export class ProviderClaim extends Versioned {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => PartnerOrganization, { deleteRule: 'cascade', index: false })
  partner!: Rel<PartnerOrganization>;

  @ManyToOne(() => ProviderCriterion, { deleteRule: 'cascade', index: false })
  @Index()
  criterion!: Rel<ProviderCriterion>;

  @Property({ type: 'text' })
  @Field({ description: 'What shows the provider meets the criterion (at most 2,000 characters).' })
  evidence!: string;

  @Property({ length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'A page with more evidence.' })
  evidenceUrl?: string | null;

  @Property()
  @Field(() => Date, { description: 'When the claim was last made or changed.' })
  claimedAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  withdrawnAt?: Date | null;

  @Field(() => Int, VERSION_FIELD)
  declare version: number & Opt;
}
