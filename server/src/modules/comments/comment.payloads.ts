import { Field, ID, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-errors.js';
import { CommentThread } from './comment-thread.entity.js';
import { Comment } from './comment.entity.js';

@ObjectType()
export class CommentThreadPayload {
  @Field(() => CommentThread, { nullable: true })
  thread?: CommentThread | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class CommentPayload {
  @Field(() => Comment, { nullable: true })
  comment?: Comment | null;

  @Field(() => CommentThread, { nullable: true })
  thread?: CommentThread | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class DeleteCommentPayload {
  @Field(() => ID, { nullable: true, description: 'The global id of the deleted comment.' })
  deletedId?: string | null;

  @Field(() => CommentThread, {
    nullable: true,
    description: 'The thread, or null when its only comment was deleted and the thread with it.',
  })
  thread?: CommentThread | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
