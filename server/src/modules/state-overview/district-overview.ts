import type { EntityManager } from '@mikro-orm/knex';
import { ErrorCode } from '@partnerhub/shared';
import { PublicError } from '../../graphql/errors.js';
import { centsToDecimal as usd, fundingTotals, toCsv } from '../funding/index.js';
import { District, type StateAgency } from '../organizations/index.js';
import { objectiveRiskCounts } from '../planning/index.js';
import type { DistrictOverviewFilter, DistrictOverviewRow } from './district-overview.types.js';
import { openCommentsOf, summariesOf } from './hooks.js';

/** Longest name search accepted: longer ones cannot match a district name. */
const MAX_SEARCH = 200;
/** Stands for "no application" in the stage filter. */
const NO_STAGE = 'NONE';

/** The districts of the agency's state by name. */
export function districtsOfState(em: EntityManager, agency: StateAgency): Promise<District[]> {
  return em.find(District, { state: agency.state }, { orderBy: { name: 'asc', id: 'asc' } });
}

/** Every district of the agency's state with its stage, comments, objectives and funding at a glance. */
export async function districtOverview(
  em: EntityManager,
  agency: StateAgency,
): Promise<DistrictOverviewRow[]> {
  const districts = await districtsOfState(em, agency);
  const ids = districts.map((d) => d.id);
  const [summaries, comments, risks, money] = await Promise.all([
    summariesOf(em, ids),
    openCommentsOf(em, ids),
    objectiveRiskCounts(em, ids),
    fundingTotals(em, ids),
  ]);
  return districts.map((district) => {
    const summary = summaries.get(district.id);
    const risk = risks.get(district.id);
    const funds = money.get(district.id);
    const amount = funds?.amountCents ?? 0;
    const allocated = funds?.allocatedCents ?? 0;
    return {
      district,
      name: district.name,
      slug: district.slug,
      stage: summary?.stage ?? null,
      firstSchoolYear: summary?.firstSchoolYear ?? null,
      nextDeadline: summary?.nextDeadline ?? null,
      openCommentCount: comments ? (comments.get(district.id) ?? 0) : null,
      objectivesAtRisk: risk?.atRisk ?? 0,
      objectivesOffTrack: risk?.offTrack ?? 0,
      fundingAmountCents: amount,
      fundingAllocatedCents: allocated,
      fundingUnallocatedShare: amount > 0 ? Math.max(0, amount - allocated) / amount : null,
    };
  });
}

/**
 * The rows that pass every condition of the filter.
 * @throws PublicError BAD_USER_INPUT when the search is longer than any district name.
 */
export function filterOverview(
  rows: DistrictOverviewRow[],
  filter: DistrictOverviewFilter | null | undefined,
): DistrictOverviewRow[] {
  if (!filter) return rows;
  const search = filter.search?.trim() ?? '';
  if (search.length > MAX_SEARCH)
    throw new PublicError(ErrorCode.BAD_USER_INPUT, `The search may hold at most ${MAX_SEARCH} characters.`, {
      argument: 'filter.search',
    });
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const stages = filter.stages?.length ? new Set(filter.stages) : null;
  return rows.filter((row) => {
    if (stages && !stages.has(row.stage ?? NO_STAGE)) return false;
    const atRisk = row.objectivesAtRisk + row.objectivesOffTrack > 0;
    if (filter.hasObjectivesAtRisk != null && atRisk !== filter.hasObjectivesAtRisk) return false;
    const name = row.name.toLowerCase();
    return words.every((w) => name.includes(w));
  });
}

/** The rows as RFC 4180 CSV; text that a spreadsheet would run as a formula stays text. */
export function overviewCsv(rows: DistrictOverviewRow[]): string {
  return toCsv(
    [
      'district',
      'slug',
      'stage',
      'first_school_year',
      'next_deadline',
      'next_deadline_date',
      'open_comments',
      'objectives_at_risk',
      'objectives_off_track',
      'funding_usd',
      'allocated_usd',
      'unallocated_share',
    ],
    rows.map((r) => [
      r.name,
      r.slug,
      r.stage,
      r.firstSchoolYear,
      r.nextDeadline?.label,
      r.nextDeadline?.date,
      r.openCommentCount,
      r.objectivesAtRisk,
      r.objectivesOffTrack,
      usd(r.fundingAmountCents),
      usd(r.fundingAllocatedCents),
      r.fundingUnallocatedShare == null ? null : r.fundingUnallocatedShare.toFixed(4),
    ]),
  );
}
