import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The key that signs unsubscribe links, made once per database so every instance checks the links of
 * every other; there is one row, id 1.
 */
@Entity({ tableName: 'notification_signing_key' })
export class NotificationSigningKey {
  @PrimaryKey({ autoincrement: false })
  id!: number;

  @Property({ length: 100 })
  secret!: string;
}
