import {
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
import { ProviderRating } from '@partnerhub/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { VERSION_FIELD, Versioned } from '../../db/versioned.js';
import { Node } from '../../graphql/node.js';
import { User } from '../identity/index.js';
import { District, PartnerOrganization } from '../organizations/index.js';
import { ProviderCriterion } from '../state-overview/index.js';

/**
 * A district's current judgement of a provider against one criterion of its state. Private: the
 * district, the provider while they are partners, and the state's staff read it; changes are audited.
 */
@Entity({ tableName: 'provider_assessment' })
@Unique({ properties: ['district', 'partner', 'criterion'] })
@Index({ properties: ['partner', 'criterion'] })
@ObjectType({
  implements: Node,
  description: 'A district’s assessment of a provider against one provider criterion (private).',
})
export class ProviderAssessment extends Versioned {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => District, { deleteRule: 'cascade', index: false })
  @Field(() => District, { description: 'The district that assessed the provider.' })
  district!: Rel<District>;

  @ManyToOne(() => PartnerOrganization, { deleteRule: 'cascade', index: false })
  partner!: Rel<PartnerOrganization>;

  @ManyToOne(() => ProviderCriterion, { deleteRule: 'cascade', index: false })
  criterion!: Rel<ProviderCriterion>;

  @Enum({ items: () => ProviderRating, nativeEnumName: 'provider_rating' })
  @Field(() => ProviderRating)
  rating!: ProviderRating;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  note?: string | null;

  @ManyToOne(() => User, { deleteRule: 'set null', nullable: true, index: false })
  assessedBy?: Rel<User> | null;

  @Property({ length: 300 })
  @Field({ description: 'Who recorded the assessment, as they were named then.' })
  assessedByName!: string;

  @Property()
  @Field(() => Date)
  assessedAt: Date & Opt = new Date();

  @Field(() => Int, VERSION_FIELD)
  declare version: number & Opt;
}
