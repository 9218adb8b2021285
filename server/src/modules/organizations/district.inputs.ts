import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Changes to a district profile; omitted fields stay as they are.' })
export class UpdateDistrictInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with code STALE.' })
  version!: number;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "NCES LEA ID (7 digits, starting with the state's FIPS code); the state's admins only.",
  })
  ncesLeaId?: string | null;

  @Field(() => String, { nullable: true, description: "Short name in public URLs; the state's admins only." })
  slug?: string | null;
}

@InputType({ description: 'A new district of a state, created by the state agency.' })
export class CreateDistrictInput {
  @Field(() => ID, { description: 'The state agency; the district is in its state.' })
  stateAgencyId!: string;

  @Field()
  name!: string;

  @Field({ description: "NCES LEA ID: 7 digits, the first two the state's FIPS code." })
  ncesLeaId!: string;

  @Field({ description: 'Short name in public URLs, such as maple-ridge.' })
  slug!: string;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;
}
