import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/knex';
import { SUBGROUP_LABEL } from '@partnerhub/shared';
import type { Orm } from '../../db/orm.js';
import type { IdentifyRequest } from '../../http/graphql-handler.js';
import { can } from '../access/index.js';
import { toCsv } from '../funding/index.js';
import { District } from '../organizations/index.js';
import { readCells } from './evaluation.cells.js';
import { indicatorsOf } from './evaluation.catalog.js';
import { evaluationOf } from './evaluation.settings.js';

const EXPORT = /^\/exports\/districts\/([a-z0-9-]{1,80})\/evaluation\.csv$/;

function refuse(res: ServerResponse, status: number, message: string): true {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`${message}\n`);
  return true;
}

/** The district's cells as CSV, through the same suppression as every other read. */
export async function evaluationCsv(
  em: EntityManager,
  viewer: Parameters<typeof readCells>[1],
  districtId: number,
) {
  const indicators = new Map(
    (await indicatorsOf(em, districtId, { withArchived: true })).map((i) => [i.id, i]),
  );
  const cells = await readCells(em, viewer, districtId);
  return toCsv(
    [
      'indicator_code',
      'indicator_name',
      'school_year',
      'nces_school_id',
      'subgroup',
      'subgroup_name',
      'value',
      'n',
      'source',
      'suppression',
    ],
    cells.map((c) => [
      indicators.get(c.indicatorId)?.code,
      indicators.get(c.indicatorId)?.name,
      c.schoolYear,
      c.schoolNcesId,
      c.subgroup,
      SUBGROUP_LABEL[c.subgroup],
      c.value,
      c.n,
      c.source,
      c.suppression,
    ]),
  );
}

/**
 * `/exports/districts/<slug>/evaluation.csv`: the district's evaluation values, public once its summary
 * is published, otherwise for its members and its state's staff (session cookie). Suppressed for
 * everyone but the district's evaluation editors. Resolves false for any other path.
 */
export function createEvaluationRoutes(orm: Orm, identify: IdentifyRequest) {
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
    const district = await em.findOne(
      District,
      { slug: match[1]! },
      { fields: ['id', 'slug'], disableIdentityMap: true },
    );
    if (!district) return refuse(res, 404, 'No district has this address.');
    const evaluation = await evaluationOf(em, district.id);
    if (!evaluation.published && !can(who.viewer, 'evaluation:read', { districtId: district.id }))
      return who.viewer.kind === 'anonymous'
        ? refuse(res, 401, 'Sign in first.')
        : refuse(res, 403, 'You may not read this evaluation.');
    const csv = await evaluationCsv(em, who.viewer, district.id);
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': `attachment; filename="${district.slug}-evaluation.csv"`,
      'cache-control': 'no-store',
      ...(who.setCookie ? { 'set-cookie': who.setCookie } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : csv);
    return true;
  };
}
