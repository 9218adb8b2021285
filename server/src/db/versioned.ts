import { type Opt, Property } from '@mikro-orm/core';

/**
 * The columns of a row people edit under optimistic locking: when it was created and last updated,
 * and its `version`. Entities that show `version` or `updatedAt` in GraphQL redeclare them with
 * `declare` and a `@Field`, which adds the field without touching the column.
 */
export abstract class Versioned {
  @Property()
  createdAt: Date & Opt = new Date();

  @Property({ onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  /** Optimistic lock: bumped on every update; a write carrying an older value is refused as stale. */
  @Property({ version: true, type: 'integer' })
  version!: number & Opt;
}

/** How every versioned type describes `version` in the schema. */
export const VERSION_FIELD = { description: 'Pass it back when updating; a stale value is refused.' };
