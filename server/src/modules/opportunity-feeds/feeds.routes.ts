import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/knex';
import type { Orm } from '../../db/orm.js';
import { notModified, strongEtag } from '../../http/conditional.js';
import { pageUrls, toCsv, toICalendar, toJsonFeed, toSitemap } from './feed-formats.js';
import { loadPublishedList, publicPages } from './feeds.read.js';

const FEED = /^\/feeds\/opportunities\/([a-z0-9-]{1,100})\.(json|ics)$/;
const EXPORT = /^\/exports\/opportunities\/([a-z0-9-]{1,100})\/v([1-9][0-9]{0,8})\.csv$/;

/** A handler of the public machine-readable routes; resolves false for any other path. */
export type PublicRoutes = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

/** Caches may keep a feed five minutes, then ask again with its ETag; an unchanged feed costs a 304. */
function send(
  req: IncomingMessage,
  res: ServerResponse,
  type: string,
  body: string,
  extra: Record<string, string> = {},
): true {
  const etag = strongEtag(body);
  const headers = { 'cache-control': 'public, max-age=300', etag, ...extra };
  if (notModified(req, etag)) {
    res.writeHead(304, headers);
    res.end();
    return true;
  }
  res.writeHead(200, { 'content-type': type, ...headers });
  res.end(body);
  return true;
}

function missing(res: ServerResponse, what: string): true {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(`${what}\n`);
  return true;
}

/**
 * `/sitemap.xml`, `/feeds/opportunities/<slug>.json` (JSON Feed 1.1) and `.ics` (deadlines) of the
 * newest published list, and `/exports/opportunities/<slug>/v<N>.csv` of version N. Read-only; GET/HEAD.
 */
export function createPublicRoutes(orm: Orm, publicUrl: string): PublicRoutes {
  const urls = pageUrls(publicUrl);
  const host = new URL(publicUrl).host;
  return async (req, res, url) => {
    const path = url.pathname;
    if (path !== '/sitemap.xml' && !FEED.test(path) && !EXPORT.test(path)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
      return true;
    }
    const em = orm.em.fork() as EntityManager;
    if (path === '/sitemap.xml') {
      const pages = (await publicPages(em)).flatMap((d) => [
        { loc: urls.district(d.slug), lastmod: d.publishedAt },
        { loc: urls.listings(d.slug), lastmod: d.publishedAt },
        ...d.listingIds.map((id) => ({ loc: urls.listing(d.slug, id), lastmod: d.publishedAt })),
      ]);
      return send(
        req,
        res,
        'application/xml; charset=utf-8',
        toSitemap([{ loc: `${publicUrl}/` }, ...pages]),
      );
    }
    const feed = FEED.exec(path);
    if (feed) {
      const list = await loadPublishedList(em, feed[1]!, null);
      if (!list) return missing(res, 'No published opportunity list for this district.');
      if (feed[2] === 'json')
        return send(
          req,
          res,
          'application/feed+json; charset=utf-8',
          JSON.stringify(toJsonFeed(list, urls, `${publicUrl}${path}`)),
        );
      return send(req, res, 'text/calendar; charset=utf-8', toICalendar(list, urls, host));
    }
    const [, slug, number] = EXPORT.exec(path)!;
    const list = await loadPublishedList(em, slug!, Number(number));
    if (!list) return missing(res, 'No such published version.');
    return send(req, res, 'text/csv; charset=utf-8; header=present', toCsv(list), {
      'content-disposition': `attachment; filename="${slug}-opportunities-v${number}.csv"`,
    });
  };
}
