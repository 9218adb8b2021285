import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType, ForwardPaginationArgs } from '../../graphql/relay.js';
import { CommentThread } from './comment-thread.entity.js';
import { CommentTargetKind, CommentThreadState } from './comment.enums.js';

@ObjectType({ description: 'A commented range of the vision text.' })
export class VisionAnchor {
  @Field({
    description:
      'Base64 of the Yjs relative position where the range starts; resolve it on the live document.',
  })
  start!: string;

  @Field({ description: 'Base64 of the Yjs relative position where the range ends.' })
  end!: string;

  @Field({ description: 'The text of the range when the thread was opened.' })
  quote!: string;
}

@ObjectType({ description: 'Someone who can be named in a comment.' })
export class CommentPerson {
  @Field(() => ID, { description: 'The global id of the user.' })
  id!: string;

  @Field()
  name!: string;
}

@ObjectType()
export class CommentThreadConnection extends ConnectionType(CommentThread, 'CommentThread') {}

@ArgsType()
export class CommentThreadArgs extends ForwardPaginationArgs {
  @Field(() => CommentTargetKind, { nullable: true, description: 'Only threads on targets of this kind.' })
  targetKind?: CommentTargetKind | null;

  @Field(() => ID, { nullable: true, description: 'Only threads on this objective.' })
  objectiveId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only threads on this submission.' })
  submissionId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only threads on this section (with `submissionId`).' })
  sectionKey?: string | null;

  @Field(() => CommentThreadState, { defaultValue: CommentThreadState.OPEN })
  state!: CommentThreadState;
}
