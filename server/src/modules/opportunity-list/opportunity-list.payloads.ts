import { Field, ID, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-errors.js';
import { OpportunityListVersion } from '../opportunities/index.js';

@ObjectType()
export class DraftOpportunityPayload {
  @Field(() => ID, { nullable: true, description: 'The stable id of the listing in the draft.' })
  listingId!: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: 'A problem of one draft listing that keeps the list from being published.' })
export class ListingProblemType {
  @Field(() => ID)
  listingId!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field({ description: 'The listing field, e.g. "summary".' })
  field!: string;

  @Field()
  message!: string;
}

@ObjectType({ description: 'A valid listing left out of a publication, and why.' })
export class HeldBackListing {
  @Field(() => ID)
  listingId!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field()
  reason!: string;
}

@ObjectType()
export class PublishOpportunityListPayload {
  @Field(() => OpportunityListVersion, { nullable: true })
  version!: OpportunityListVersion | null;

  @Field(() => [ListingProblemType], {
    description: 'Every problem of every listing; when there are any, nothing was published.',
  })
  problems!: ListingProblemType[];

  @Field(() => [HeldBackListing])
  heldBack!: HeldBackListing[];

  @Field(() => [UserError])
  userErrors!: UserError[];
}
