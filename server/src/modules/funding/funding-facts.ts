import type { EntityManager } from '@mikro-orm/knex';
import { type Goal, type Objective, goalsOf } from '../planning/index.js';
import { FundingRule } from './funding-rule.entity.js';
import { FundingSource } from './funding-source.entity.js';

/** Allocated cents of one source to one objective, summed in SQL. */
export interface AllocationSum {
  sourceId: number;
  objectiveId: number;
  cents: number;
  count: number;
}

/** What every funding report is computed from: a few queries, whatever the report. */
export interface FundingFacts {
  districtId: number;
  /** Null: every fiscal year. */
  fiscalYear: number | null;
  /** Sources of the fiscal year (or all), with their programs. */
  sources: FundingSource[];
  sums: AllocationSum[];
  goals: Goal[];
  objectivesOf: Map<number, Objective[]>;
  conditionsOf: Map<number, string[]>;
}

/** Loads the district's sources, allocation sums and plan tree for one fiscal year (null: all). */
export async function loadFundingFacts(
  em: EntityManager,
  districtId: number,
  fiscalYear: number | null,
): Promise<FundingFacts> {
  const where = fiscalYear === null ? { district: districtId } : { district: districtId, fiscalYear };
  const knex = em.getKnex();
  const sumQuery = knex('funding_allocation as a')
    .join('funding_source as s', 's.id', 'a.source_id')
    .where('a.district_id', districtId)
    .groupBy('a.source_id', 'a.objective_id')
    .select('a.source_id', 'a.objective_id')
    .sum({ cents: 'a.amount_cents' })
    .count({ n: '*' });
  if (fiscalYear !== null) sumQuery.andWhere('s.fiscal_year', fiscalYear);
  const [sources, rows, goals] = await Promise.all([
    em.find(FundingSource, where, { populate: ['program'], orderBy: { fiscalYear: 'desc', id: 'asc' } }),
    sumQuery as unknown as Promise<
      { source_id: number; objective_id: number; cents: string | number; n: string | number }[]
    >,
    goalsOf(em, districtId),
  ]);
  await em.populate(goals, ['objectives', 'objectives.conditionLinks']);
  const objectivesOf = new Map(goals.map((g) => [g.id, g.objectives.getItems()]));
  const conditionsOf = new Map<number, string[]>();
  for (const objectives of objectivesOf.values())
    for (const o of objectives)
      conditionsOf.set(
        o.id,
        o.conditionLinks.getItems().map((c) => c.condition),
      );
  sources.sort(
    (a, b) =>
      b.fiscalYear - a.fiscalYear ||
      a.program.position - b.program.position ||
      a.name.localeCompare(b.name) ||
      a.id - b.id,
  );
  return {
    districtId,
    fiscalYear,
    sources,
    sums: rows.map((r) => ({
      sourceId: Number(r.source_id),
      objectiveId: Number(r.objective_id),
      cents: Number(r.cents),
      count: Number(r.n),
    })),
    goals,
    objectivesOf,
    conditionsOf,
  };
}

/** Cents allocated per key (source or objective id). */
export function sumBy(
  sums: AllocationSum[],
  key: 'sourceId' | 'objectiveId',
): Map<number, { cents: number; count: number }> {
  const out = new Map<number, { cents: number; count: number }>();
  for (const s of sums) {
    const row = out.get(s[key]) ?? { cents: 0, count: 0 };
    row.cents += s.cents;
    row.count += s.count;
    out.set(s[key], row);
  }
  return out;
}

/** Every rule that may concern the district: the defaults and its own. */
export function districtRules(em: EntityManager, districtId: number): Promise<FundingRule[]> {
  return em.find(
    FundingRule,
    { $or: [{ district: null }, { district: districtId }] },
    { orderBy: { id: 'asc' } },
  );
}

/** The district's fiscal years with a funding source, newest first. */
export async function fiscalYearsOf(em: EntityManager, districtId: number): Promise<number[]> {
  const rows: { fiscal_year: number }[] = await em
    .getKnex()('funding_source')
    .distinct('fiscal_year')
    .where('district_id', districtId)
    .orderBy('fiscal_year', 'desc');
  return rows.map((r) => Number(r.fiscal_year));
}
