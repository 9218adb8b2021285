import { Field, ObjectType } from 'type-graphql';
import { ProviderCriterion } from '../state-overview/index.js';
import { ProviderAssessment } from './provider-assessment.entity.js';
import { ProviderClaim } from './provider-claim.entity.js';

/** One published criterion of a state, with where a provider stands on it. */
@ObjectType({
  description: 'A provider’s claim on one published criterion, and the assessments you may read.',
})
export class ProviderCriterionStanding {
  @Field(() => ProviderCriterion)
  criterion!: ProviderCriterion;

  @Field(() => ProviderClaim, { nullable: true, description: 'The provider’s current claim, if any.' })
  claim!: ProviderClaim | null;

  @Field(() => [ProviderAssessment], {
    description:
      'Districts’ assessments you may read: your district’s, those about your organization by its partner districts, or, for the state’s staff, all of its districts’.',
  })
  assessments!: ProviderAssessment[];

  /** The provider the standing is about. */
  partnerId!: number;
}
