import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  type Opt,
  PrimaryKey,
  Property,
  type Rel,
  Unique,
} from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { User } from '../identity/index.js';
import { NotificationKind } from './notification.enums.js';

/**
 * One thing a person was told, in the app. `dedupeKey` makes an event tell each person once, however
 * often (or on however many instances) it is announced.
 */
@Entity({ tableName: 'notification' })
@Unique({ properties: ['user', 'dedupeKey'] })
@Index({ properties: ['user', 'readAt'] })
@ObjectType({ implements: Node, description: 'Something the viewer was told of (only they read it).' })
export class Notification {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: false })
  user!: Rel<User>;

  @Enum({ items: () => NotificationKind, nativeEnumName: 'notification_kind' })
  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Property({ length: 300 })
  @Field()
  title!: string;

  @Property({ type: 'text' })
  @Field()
  body!: string;

  @Property({ length: 500 })
  @Field({ description: 'Where in the app to read about it: a path starting with `/`.' })
  path!: string;

  @Property({ length: 200 })
  dedupeKey!: string;

  @Property()
  @Field(() => Date)
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the viewer marked it read; null while unread.' })
  readAt?: Date | null;

  /** Set for a person who takes this kind as a daily digest, until the digest holding it is queued. */
  @Property({ default: false })
  awaitingDigest: boolean & Opt = false;
}
