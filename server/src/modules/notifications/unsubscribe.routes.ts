import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/knex';
import type { Orm } from '../../db/orm.js';
import { User } from '../identity/index.js';
import { KIND_LABELS, NotificationDelivery } from './notification.enums.js';
import { setPreferences } from './notification.service.js';
import { readUnsubscribeToken, signingKey } from './unsubscribe-token.js';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(res: ServerResponse, status: number, title: string, body: string): true {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>${escape(title)} · PartnerHub</title><style>body{font:1rem/1.5 system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem}h1{font-size:1.75rem;line-height:1.2}button{font:inherit;padding:.5rem 1rem}</style></head>` +
      `<body><main><h1>${escape(title)}</h1>${body}</main></body></html>`,
  );
  return true;
}

/**
 * `/unsubscribe?token=…` from a notification e-mail, without signing in: GET shows what the link turns
 * off with one button; POST (that button, or a mail client's RFC 8058 one-click request) turns the
 * e-mail of those kinds off. A GET changes nothing, so link scanners do not unsubscribe anyone.
 */
export function createUnsubscribeRoutes(orm: Orm) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    if (url.pathname !== '/unsubscribe') return false;
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST') {
      res.writeHead(405, { allow: 'GET, HEAD, POST' });
      res.end();
      return true;
    }
    req.resume();
    const em = orm.em.fork() as EntityManager;
    const token = url.searchParams.get('token') ?? '';
    const target = readUnsubscribeToken(await signingKey(em.getKnex()), token);
    // A valid token of an account deleted since is as good as none.
    if (!target || !(await em.count(User, { id: target.userId })))
      return page(
        res,
        400,
        'This unsubscribe link is not valid',
        '<p>Copy the whole link from the e-mail, or choose what you get under Notifications in your workspace.</p>',
      );
    const what = target.kinds.map((k) => `<li>${escape(KIND_LABELS[k])}</li>`).join('');
    if (req.method !== 'POST')
      return page(
        res,
        200,
        'Stop these e-mails?',
        `<p>You will no longer get e-mail about:</p><ul>${what}</ul><p>You still see them in PartnerHub.</p>` +
          `<form method="post" action="/unsubscribe?token=${escape(encodeURIComponent(token))}"><button type="submit">Unsubscribe</button></form>`,
      );
    await setPreferences(
      em,
      target.userId,
      target.kinds.map((kind) => ({ kind, email: NotificationDelivery.OFF })),
    );
    return page(
      res,
      200,
      'You are unsubscribed',
      `<p>You will no longer get e-mail about:</p><ul>${what}</ul>` +
        '<p>You still see them in PartnerHub; choose again under Notifications in your workspace.</p>',
    );
  };
}
