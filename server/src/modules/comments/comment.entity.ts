import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { VERSION_FIELD, Versioned } from '../../db/versioned.js';
import { User } from '../identity/index.js';
import { CommentThread } from './comment-thread.entity.js';

/** One message of a thread; only its author changes or deletes it. */
@Entity({ tableName: 'comment' })
@Index({ properties: ['thread', 'id'] })
@ObjectType({ implements: Node, description: 'A comment in a thread.' })
export class Comment extends Versioned {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => CommentThread, { deleteRule: 'cascade', index: false })
  thread!: Rel<CommentThread>;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  author!: Rel<User>;

  @Property({ type: 'text' })
  @Field()
  body!: string;

  /** Ids of the people named in the body, each of whom could read the thread when named. */
  @Property({ type: 'json' })
  mentionedUserIds: number[] & Opt = [];

  @Field(() => Date)
  declare createdAt: Date & Opt;

  @Field(() => Date)
  declare updatedAt: Date & Opt;

  @Field(() => Int, VERSION_FIELD)
  declare version: number & Opt;
}
