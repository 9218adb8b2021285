import type { EntityManager } from '@mikro-orm/knex';
import { ObjectiveStatus } from './planning.enums.js';

/** How many of a district's objectives stand at risk and off track. */
export interface ObjectiveRiskCounts {
  atRisk: number;
  offTrack: number;
}

/**
 * The at-risk and off-track objective counts of each district, in one statement; districts with
 * neither are absent from the map.
 */
export async function objectiveRiskCounts(
  em: EntityManager,
  districtIds: readonly number[],
): Promise<Map<number, ObjectiveRiskCounts>> {
  const counts = new Map<number, ObjectiveRiskCounts>();
  if (!districtIds.length) return counts;
  const rows = await em
    .getConnection()
    .execute<{ district_id: number; status: string; n: number | string }[]>(
      `select district_id, status, count(*) as n from plan_objective
     where status in (?, ?) and district_id in (${districtIds.map(() => '?').join(', ')})
     group by district_id, status`,
      [ObjectiveStatus.AT_RISK, ObjectiveStatus.OFF_TRACK, ...districtIds],
    );
  for (const row of rows) {
    const id = Number(row.district_id);
    const entry = counts.get(id) ?? { atRisk: 0, offTrack: 0 };
    if (row.status === ObjectiveStatus.AT_RISK) entry.atRisk = Number(row.n);
    else entry.offTrack = Number(row.n);
    counts.set(id, entry);
  }
  return counts;
}
