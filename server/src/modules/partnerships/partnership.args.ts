import { PartnerKind, PartnershipStatus } from '@partnerhub/shared';
import { ArgsType, Field } from 'type-graphql';
import { ForwardPaginationArgs } from '../../graphql/relay.js';

@ArgsType()
export class PartnershipListArgs extends ForwardPaginationArgs {
  @Field(() => [PartnershipStatus], {
    nullable: true,
    description: 'Any of these statuses (default: all visible).',
  })
  statuses?: PartnershipStatus[] | null;
}

@ArgsType()
export class DistrictPartnerArgs extends ForwardPaginationArgs {
  @Field(() => [PartnerKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: PartnerKind[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words that must all appear in the name or description.',
  })
  query?: string | null;

  @Field(() => [PartnershipStatus], {
    nullable: true,
    description: 'Partners whose partnership with the district has one of these statuses (default: ACTIVE).',
  })
  statuses?: PartnershipStatus[] | null;
}
