import { Entity, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { User } from './user.entity.js';

/** A signed-in browser. The cookie holds a random secret; only its SHA-256 is stored. */
@Entity({ tableName: 'user_session' })
export class Session {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Property({ length: 64, unique: true })
  secretHash!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  user!: Rel<User>;

  @Property()
  createdAt: Date & Opt = new Date();

  @Property()
  lastSeenAt: Date & Opt = new Date();

  @Property()
  expiresAt!: Date;

  @Property({ length: 64, nullable: true })
  ip?: string | null;

  @Property({ length: 300, nullable: true })
  userAgent?: string | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}
