import { Field, ID, InputType, Int } from 'type-graphql';
import { CommentTargetKind } from './comment.enums.js';

@InputType({ description: 'A range of the vision text, as the editor saw it when the thread was opened.' })
export class VisionAnchorInput {
  @Field({ description: 'Base64 of the Yjs relative position (`Y.encodeRelativePosition`) where it starts.' })
  start!: string;

  @Field({ description: 'Base64 of the Yjs relative position where it ends.' })
  end!: string;

  @Field({ description: 'The text of the range, kept with the thread.' })
  quote!: string;
}

@InputType({ description: 'Opens a thread on one target: give the fields its kind needs and no others.' })
export class CreateCommentThreadInput {
  @Field(() => ID)
  districtId!: string;

  @Field(() => CommentTargetKind)
  targetKind!: CommentTargetKind;

  @Field(() => ID, { nullable: true, description: 'For OBJECTIVE: an objective of the district plan.' })
  objectiveId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "For SUBMISSION_SECTION: one of the district's submissions.",
  })
  submissionId?: string | null;

  @Field(() => String, { nullable: true, description: 'For SUBMISSION_SECTION: the section, e.g. `areas`.' })
  sectionKey?: string | null;

  @Field(() => VisionAnchorInput, { nullable: true, description: 'For VISION: the commented range.' })
  anchor?: VisionAnchorInput | null;

  @Field({ description: 'The first comment.' })
  body!: string;

  @Field(() => [ID], { nullable: true, description: 'People named in the comment; each is e-mailed.' })
  mentionIds?: string[] | null;
}

@InputType()
export class ReplyToCommentThreadInput {
  @Field(() => ID)
  threadId!: string;

  @Field()
  body!: string;

  @Field(() => [ID], { nullable: true, description: 'People named in the comment; each is e-mailed.' })
  mentionIds?: string[] | null;
}

@InputType({ description: 'Resolves or reopens a thread.' })
export class CommentThreadStateInput {
  @Field(() => ID)
  threadId!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with code STALE.' })
  version!: number;
}

@InputType()
export class UpdateCommentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with code STALE.' })
  version!: number;

  @Field()
  body!: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'People named in the comment; newly named ones are e-mailed.',
  })
  mentionIds?: string[] | null;
}

@InputType()
export class DeleteCommentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with code STALE.' })
  version!: number;
}
