import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Saves the live vision text as a named version.' })
export class SaveVisionVersionInput {
  @Field(() => ID)
  districtId!: string;

  @Field({ description: 'A name people recognise, e.g. "Draft for the March board retreat".' })
  name!: string;
}

@InputType({ description: 'Makes the live vision text equal to a saved version.' })
export class RestoreVisionVersionInput {
  @Field(() => ID)
  versionId!: string;
}

@InputType({ description: "Records the board's adoption of a saved version." })
export class AdoptVisionVersionInput {
  @Field(() => ID)
  versionId!: string;

  @Field({ description: 'The date the board adopted it (YYYY-MM-DD).' })
  adoptedOn!: string;

  @Field({ description: 'The board resolution that adopted it, e.g. "Resolution 2026-14".' })
  resolution!: string;
}
