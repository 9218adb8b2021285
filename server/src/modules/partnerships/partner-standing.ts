import type { EntityManager } from '@mikro-orm/knex';
import type { PartnershipStatus } from '@partnerhub/shared';
import { Partnership } from './partnership.entity.js';
import { VettingRecord } from './vetting-record.entity.js';
import { type VettingStatus, vettingSummary } from './vetting-status.js';

/** Where a partner stands with a district: its partnership status and the worst of its vetting. */
export interface PartnerStanding {
  status: PartnershipStatus;
  vetting: VettingStatus;
}

/** The standing of each given partner that has a partnership with the district; two statements. */
export async function partnerStandings(
  em: EntityManager,
  districtId: number,
  partnerIds: readonly number[],
  today: string,
): Promise<Map<number, PartnerStanding>> {
  const standings = new Map<number, PartnerStanding>();
  if (!partnerIds.length) return standings;
  const partnerships = await em.find(Partnership, {
    district: districtId,
    partner: { $in: [...partnerIds] },
  });
  const records = await em.find(VettingRecord, { partnership: { $in: partnerships.map((p) => p.id) } });
  for (const p of partnerships) {
    const own = records.filter((r) => r.partnership.id === p.id);
    standings.set(p.partner.id, { status: p.status, vetting: vettingSummary(own, today) });
  }
  return standings;
}
