import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/knex';
import { ErrorCode } from '@partnerhub/shared';
import type { Orm } from '../../db/orm.js';
import { PublicError } from '../../graphql/errors.js';
import type { IdentifyRequest } from '../../http/graphql-handler.js';
import { authorize, stateSubject } from '../access/index.js';
import { StateAgency } from '../organizations/index.js';
import { districtOverview, filterOverview, overviewCsv } from './district-overview.js';

const EXPORT = /^\/exports\/states\/([a-z]{2})\/districts\.csv$/;

const STATUS: Record<string, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

function refuse(res: ServerResponse, status: number, message: string): true {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`${message}\n`);
  return true;
}

/** `true`/`false` as given, anything else as no condition. */
const flag = (value: string | null) => (value === 'true' ? true : value === 'false' ? false : null);

/**
 * `/exports/states/<state>/districts.csv`: the state's district overview as a CSV download for its
 * staff (session cookie), filtered like the GraphQL field by `stage` (repeatable), `atRisk` and
 * `search`. Resolves false for any other path.
 */
export function createStateOverviewRoutes(orm: Orm, identify: IdentifyRequest) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    const match = EXPORT.exec(url.pathname);
    if (!match) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
      return true;
    }
    const em = orm.em.fork() as EntityManager;
    const who = await identify(req, () => em);
    if (!who.ok) return refuse(res, 401, who.message);
    const agency = await em.findOne(StateAgency, { state: match[1]!.toUpperCase() });
    if (!agency) return refuse(res, 404, 'No state agency for this state.');
    try {
      authorize(who.viewer, 'state:readPrivate', stateSubject(agency));
      const filter = {
        stages: url.searchParams.getAll('stage'),
        hasObjectivesAtRisk: flag(url.searchParams.get('atRisk')),
        search: url.searchParams.get('search'),
      };
      const csv = overviewCsv(filterOverview(await districtOverview(em, agency), filter));
      res.writeHead(200, {
        'content-type': 'text/csv; charset=utf-8; header=present',
        'content-disposition': `attachment; filename="${match[1]}-districts.csv"`,
        'cache-control': 'no-store',
        ...(who.setCookie ? { 'set-cookie': who.setCookie } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : csv);
      return true;
    } catch (error) {
      const code = error instanceof PublicError ? String(error.extensions.code) : null;
      if (code && STATUS[code]) return refuse(res, STATUS[code], error instanceof Error ? error.message : '');
      throw error;
    }
  };
}
