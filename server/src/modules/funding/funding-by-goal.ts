import type { EntityManager } from '@mikro-orm/knex';
import { loadFundingFacts } from './funding-facts.js';
import { goalReport, sourceReport } from './funding-report.js';

/** A plain copy of the funding report by goal, for records that must not change with the funding. */
export interface FundingByGoal {
  totalAmountCents: number;
  totalAllocatedCents: number;
  goals: { title: string; allocatedCents: number; objectives: { title: string; allocatedCents: number }[] }[];
}

/** The district's funding across every fiscal year, by goal and objective, as it is now. */
export async function fundingByGoal(em: EntityManager, districtId: number): Promise<FundingByGoal> {
  const facts = await loadFundingFacts(em, districtId, null);
  const report = goalReport(facts);
  return {
    totalAmountCents: sourceReport(facts).totalAmountCents,
    totalAllocatedCents: report.totalAllocatedCents,
    goals: report.goals.map((g) => ({
      title: g.goal.title,
      allocatedCents: g.allocatedCents,
      objectives: g.objectives.map((o) => ({ title: o.objective.title, allocatedCents: o.allocatedCents })),
    })),
  };
}
