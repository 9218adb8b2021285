import { PartnershipStatus } from '@partnerhub/shared';
import { ArgsType, Field } from 'type-graphql';
import { ForwardPaginationArgs } from '../../graphql/relay.js';
import { PartnerListArgs } from '../organizations/index.js';

@ArgsType()
export class PartnershipListArgs extends ForwardPaginationArgs {
  @Field(() => [PartnershipStatus], {
    nullable: true,
    description: 'Any of these statuses (default: all visible).',
  })
  statuses?: PartnershipStatus[] | null;
}

@ArgsType()
export class DistrictPartnerArgs extends PartnerListArgs {
  @Field(() => [PartnershipStatus], {
    nullable: true,
    description: 'Partners whose partnership with the district has one of these statuses (default: ACTIVE).',
  })
  statuses?: PartnershipStatus[] | null;
}
