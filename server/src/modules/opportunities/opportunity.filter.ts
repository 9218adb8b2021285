import { Compensation, LocationMode, OpportunityOrder, OpportunityType } from '@partnerhub/shared';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ForwardPaginationArgs } from '../../graphql/relay.js';

@InputType({ description: 'Narrows a list of opportunities; all given conditions must hold.' })
export class OpportunityFilter {
  @Field(() => [OpportunityType], { nullable: true, description: 'Any of these types.' })
  types?: OpportunityType[] | null;

  @Field(() => Int, { nullable: true, description: 'Open to students in this grade (0 = kindergarten).' })
  grade?: number | null;

  @Field(() => [LocationMode], { nullable: true, description: 'Any of these location modes.' })
  locationModes?: LocationMode[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: paid or stipend; false: unpaid.' })
  paid?: boolean | null;

  @Field(() => [Compensation], { nullable: true, description: 'Any of these compensation kinds.' })
  compensations?: Compensation[] | null;

  @Field(() => Boolean, { nullable: true })
  earnsCredit?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Offered by this partner organization.' })
  partnerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only listings whose deadline has not passed.' })
  openOnly?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words that must all appear in the title, summary, description, skills or partner name.',
  })
  query?: string | null;
}

@ArgsType()
export class OpportunityListArgs extends ForwardPaginationArgs {
  @Field(() => OpportunityFilter, { nullable: true })
  filter?: OpportunityFilter | null;

  @Field(() => OpportunityOrder, { nullable: true, defaultValue: OpportunityOrder.DEADLINE })
  orderBy!: OpportunityOrder;
}
