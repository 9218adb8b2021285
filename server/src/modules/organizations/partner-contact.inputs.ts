import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A new contact person of a partner.' })
export class CreatePartnerContactInput {
  @Field(() => ID)
  partnerId!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Whether the person agreed to be shown publicly.',
  })
  publishable!: boolean;
}

@InputType({ description: 'Changes to a contact person; omitted fields stay as they are, null clears.' })
export class UpdatePartnerContactInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with code STALE.' })
  version!: number;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => Boolean, { nullable: true })
  publishable?: boolean | null;
}

@InputType({ description: 'Removes a contact person.' })
export class DeletePartnerContactInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with code STALE.' })
  version!: number;
}
