import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-errors.js';
import { Notification } from './notification.entity.js';
import { NotificationDelivery, NotificationKind } from './notification.enums.js';

@ObjectType()
export class NotificationConnection extends ConnectionType(Notification, 'Notification') {}

@ObjectType({ description: 'How the viewer hears of one kind by e-mail; in the app they always do.' })
export class NotificationPreferenceType {
  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field({ description: 'What the kind is about, in words.' })
  label!: string;

  @Field(() => NotificationDelivery)
  email!: NotificationDelivery;
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], {
    nullable: true,
    description: 'Global ids of the viewer’s notifications to mark read (at most 100); omit to mark all.',
  })
  ids?: string[] | null;
}

@ObjectType()
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: 'How many notifications were unread and are read now.' })
  marked!: number;

  @Field(() => Int)
  unreadNotificationCount!: number;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => NotificationDelivery)
  email!: NotificationDelivery;
}

@InputType()
export class UpdateNotificationPreferencesInput {
  @Field(() => [NotificationPreferenceInput], {
    description: 'The kinds to change; others stay as they are.',
  })
  preferences!: NotificationPreferenceInput[];
}

@ObjectType()
export class UpdateNotificationPreferencesPayload {
  @Field(() => [NotificationPreferenceType], { nullable: true })
  notificationPreferences?: NotificationPreferenceType[] | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
