import { JSONResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/relay.js';
import { toGlobalId } from '../../graphql/global-id.js';
import type { AuditEntry } from './audit-entry.entity.js';

@ObjectType('AuditChange', {
  description: 'One field changed by an action, with its value before and after.',
})
export class AuditChangeType {
  @Field()
  field!: string;

  @Field(() => JSONResolver, { nullable: true })
  from!: unknown;

  @Field(() => JSONResolver, { nullable: true })
  to!: unknown;
}

@ObjectType('AuditEntry', { description: 'Who changed what, when, with the values before and after.' })
export class AuditEntryType {
  @Field(() => ID, { description: 'The global id of the entry.' })
  id!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field({ description: 'The person or API token that made the change.' })
  actorLabel!: string;

  @Field(() => ID, { nullable: true, description: 'Global id of the user, when a person made the change.' })
  actorUserId!: string | null;

  @Field({ description: 'What happened, as `<target>.<verb>`, e.g. `partnership.update`.' })
  action!: string;

  @Field()
  targetType!: string;

  @Field(() => ID, { description: 'Global id of the changed object.' })
  targetId!: string;

  @Field(() => [AuditChangeType])
  changes!: AuditChangeType[];

  @Field({ description: 'The request that made the change, as in the server log.' })
  requestId!: string;
}

@ObjectType()
export class AuditEntryConnection extends ConnectionType(AuditEntryType, 'AuditEntry') {}

/** The GraphQL view of a stored entry. */
export function toAuditEntryType(entry: AuditEntry): AuditEntryType {
  return {
    id: toGlobalId('AuditEntry', entry.id),
    createdAt: entry.createdAt,
    actorLabel: entry.actorLabel,
    actorUserId: entry.actorUserId ? toGlobalId('User', entry.actorUserId) : null,
    action: entry.action,
    targetType: entry.targetType,
    targetId: toGlobalId(entry.targetType, entry.targetId),
    // PostgreSQL's jsonb does not keep key order; a stable order reads better.
    changes: Object.entries(entry.changes)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([field, { from, to }]) => ({ field, from, to })),
    requestId: entry.requestId,
  };
}
