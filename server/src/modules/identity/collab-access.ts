import type { IncomingMessage } from 'node:http';
import type { EntityManager } from '@mikro-orm/knex';
import type { CollabAuthorization, CollabAuthorize, CollabDocRequest } from '../../collab/index.js';
import type { Orm } from '../../db/orm.js';
import { opportunitiesWriteGuard } from '../opportunity-list/opportunity-list.write-guard.js';
import { can } from './policy.js';
import { viewerOfRequest } from './request-viewer.js';
import { districtDocumentSubject } from './subjects.js';

type Credentials = Pick<IncomingMessage, 'headers'>;

/**
 * Decides WebSocket upgrades to `/collab/<doc>` with the same credentials (session cookie or bearer
 * token) and the same policy as GraphQL: editors edit, viewers follow along, everyone else is refused.
 * Partner writers edit the opportunities document through a guard that refuses any change to a
 * listing their organization does not offer. Every grant carries its credential, so that the
 * collaboration server can decide again, with the same cookie or token, when it is revoked or expires.
 */
export function collabAuthorizer(orm: Orm, sessionTtlDays: number): CollabAuthorize {
  const decide = async (req: Credentials, doc: CollabDocRequest): Promise<CollabAuthorization> => {
    const em = orm.em.fork() as EntityManager;
    const who = await viewerOfRequest(req, () => em, sessionTtlDays);
    if (!who.ok || who.viewer.kind === 'anonymous') return { ok: false, status: 401 };
    const exists = await em
      .getConnection()
      .execute<{ id: number }[]>('select id from district where id = ?', [doc.districtId]);
    if (!exists.length) return { ok: false, status: 404 };
    const subject = await districtDocumentSubject(em, doc.districtId);
    const actor = { userId: who.viewer.userId, label: who.viewer.label };
    const credential = {
      sessionId: who.viewer.sessionId,
      tokenId: who.viewer.tokenId,
      expiresAt: who.expiresAt,
      recheck: () => decide(req, doc),
    };
    const [edit, view] =
      doc.kind === 'vision'
        ? (['vision:edit', 'vision:view'] as const)
        : (['opportunities:edit', 'opportunities:view'] as const);
    if (can(who.viewer, edit, subject)) {
      const guard = doc.kind === 'opportunities' ? opportunitiesWriteGuard(who.viewer, subject) : undefined;
      return { ok: true, access: 'edit', actor, guard, credential };
    }
    if (can(who.viewer, view, subject)) return { ok: true, access: 'view', actor, credential };
    return { ok: false, status: 403 };
  };
  return (req, doc) => {
    // Only what identifies the person is kept for later decisions, not the request itself.
    const { cookie, authorization } = req.headers;
    return decide({ headers: { cookie, authorization } }, doc);
  };
}
