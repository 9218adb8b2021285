import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: "Changes to a state agency's profile; omitted fields stay as they are." })
export class UpdateStateAgencyInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with code STALE.' })
  version!: number;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether state reviewers may record review decisions, not only state admins.',
  })
  reviewersMayDecide?: boolean | null;
}
