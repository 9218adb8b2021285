import { PartnerKind } from '@partnerhub/shared';
import { ArgsType, Field } from 'type-graphql';
import { ForwardPaginationArgs } from '../../graphql/relay.js';

@ArgsType()
export class PartnerListArgs extends ForwardPaginationArgs {
  @Field(() => [PartnerKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: PartnerKind[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words that must all appear in the name or description.',
  })
  query?: string | null;
}
