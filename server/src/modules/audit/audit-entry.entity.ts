import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/** Fields changed by one action: each field's value before and after. */
export type AuditChanges = Record<string, { from: unknown; to: unknown }>;

/**
 * One change to the data: who (user or API token), in which organization, what action on which
 * target, the changed fields before and after, when, and the request it came from. Rows are only
 * ever inserted; ids of actors and organizations are kept as plain numbers so history outlives them.
 */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['districtId', 'id'] })
@Index({ properties: ['partnerId', 'id'] })
@Index({ properties: ['targetType', 'targetId', 'id'] })
export class AuditEntry {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Property()
  createdAt: Date & Opt = new Date();

  @Property({ type: 'integer', nullable: true })
  actorUserId?: number | null;

  @Property({ type: 'integer', nullable: true })
  actorTokenId?: number | null;

  @Property({ length: 300 })
  actorLabel!: string;

  @Property({ type: 'integer', nullable: true })
  districtId?: number | null;

  @Property({ type: 'integer', nullable: true })
  partnerId?: number | null;

  /** `<target>.<verb>`, e.g. `partnership.update`. */
  @Property({ length: 80 })
  action!: string;

  @Property({ length: 60 })
  targetType!: string;

  @Property({ type: 'integer' })
  targetId!: number;

  @Property({ type: 'json' })
  changes: AuditChanges & Opt = {};

  @Property({ length: 64 })
  requestId!: string;
}
