import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A new provider criterion, added at the end of the agency’s list.' })
export class CreateProviderCriterionInput {
  @Field(() => ID)
  stateAgencyId!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType({ description: 'Changes to a provider criterion; omitted fields stay as they are.' })
export class UpdateProviderCriterionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with code STALE.' })
  version!: number;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Null or empty clears it.' })
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'New place in the list, from 0.' })
  position?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'True archives it, false publishes it again.' })
  archived?: boolean | null;
}
