import { Entity, Enum, ManyToOne, PrimaryKey, type Rel, Unique } from '@mikro-orm/core';
import { User } from '../identity/index.js';
import { NotificationDelivery, NotificationKind } from './notification.enums.js';

/** How one person hears of one kind by e-mail; a kind without a row is sent at once. */
@Entity({ tableName: 'notification_preference' })
@Unique({ properties: ['user', 'kind'] })
export class NotificationPreference {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: false })
  user!: Rel<User>;

  @Enum({ items: () => NotificationKind, nativeEnumName: 'notification_kind' })
  kind!: NotificationKind;

  @Enum({ items: () => NotificationDelivery, nativeEnumName: 'notification_delivery' })
  delivery!: NotificationDelivery;
}
