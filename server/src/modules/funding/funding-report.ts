import { DISTRICT_CONDITION_LABEL, DistrictCondition } from '@partnerhub/shared';
import { toCsv } from './csv.js';
import { type FundingFacts, sumBy } from './funding-facts.js';
import type {
  ConditionReport,
  FiscalYearReport,
  GoalReport,
  ProgramReport,
  SourceReport,
  UnallocatedReport,
} from './funding-report.types.js';
import { STATUS_LABEL } from './funding-report.types.js';
import type { FundingRule } from './funding-rule.entity.js';
import { FundingRuleKind } from './funding.enums.js';
import { ruleFacts } from './funding.read.js';
import { rulesInForce } from './funding-rules.js';
import { centsToDecimal, shareOf } from './money.js';

const usd = centsToDecimal;

export function sourceReport(facts: FundingFacts): SourceReport {
  const bySource = sumBy(facts.sums, 'sourceId');
  const rows = facts.sources.map((source) => {
    const { cents, count } = bySource.get(source.id) ?? { cents: 0, count: 0 };
    return {
      source,
      amountCents: source.amountCents,
      allocatedCents: cents,
      unallocatedCents: source.amountCents - cents,
      allocationCount: count,
    };
  });
  const total = (k: 'amountCents' | 'allocatedCents' | 'unallocatedCents') =>
    rows.reduce((s, r) => s + r[k], 0);
  return {
    rows,
    totalAmountCents: total('amountCents'),
    totalAllocatedCents: total('allocatedCents'),
    totalUnallocatedCents: total('unallocatedCents'),
    csv: toCsv(
      [
        'source',
        'program',
        'aln',
        'fiscal_year',
        'amount_usd',
        'allocated_usd',
        'unallocated_usd',
        'allocations',
      ],
      rows.map((r) => [
        r.source.name,
        r.source.program.name,
        r.source.program.aln,
        r.source.fiscalYear,
        usd(r.amountCents),
        usd(r.allocatedCents),
        usd(r.unallocatedCents),
        r.allocationCount,
      ]),
    ),
  };
}

export function programReport(facts: FundingFacts): ProgramReport {
  const byProgram = new Map<number, ProgramReport['rows'][number]>();
  for (const r of sourceReport(facts).rows) {
    const row = byProgram.get(r.source.program.id) ?? {
      program: r.source.program,
      sourceCount: 0,
      amountCents: 0,
      allocatedCents: 0,
      unallocatedCents: 0,
    };
    row.sourceCount += 1;
    row.amountCents += r.amountCents;
    row.allocatedCents += r.allocatedCents;
    row.unallocatedCents += r.unallocatedCents;
    byProgram.set(r.source.program.id, row);
  }
  const rows = [...byProgram.values()].sort((a, b) => a.program.position - b.program.position);
  return {
    rows,
    csv: toCsv(
      ['program', 'aln', 'sources', 'amount_usd', 'allocated_usd', 'unallocated_usd'],
      rows.map((r) => [
        r.program.name,
        r.program.aln,
        r.sourceCount,
        usd(r.amountCents),
        usd(r.allocatedCents),
        usd(r.unallocatedCents),
      ]),
    ),
  };
}

export function goalReport(facts: FundingFacts): GoalReport {
  const byObjective = sumBy(facts.sums, 'objectiveId');
  const goals = facts.goals.map((goal) => {
    const objectives = (facts.objectivesOf.get(goal.id) ?? []).map((objective) => ({
      objective,
      allocatedCents: byObjective.get(objective.id)?.cents ?? 0,
    }));
    return { goal, objectives, allocatedCents: objectives.reduce((s, o) => s + o.allocatedCents, 0) };
  });
  return {
    goals,
    totalAllocatedCents: goals.reduce((s, g) => s + g.allocatedCents, 0),
    csv: toCsv(
      ['goal', 'objective', 'status', 'plan_year', 'allocated_usd'],
      goals.flatMap((g) =>
        g.objectives.map((o) => [
          g.goal.title,
          o.objective.title,
          STATUS_LABEL[o.objective.status],
          o.objective.planYear,
          usd(o.allocatedCents),
        ]),
      ),
    ),
  };
}

export function conditionReport(facts: FundingFacts): ConditionReport {
  const byObjective = sumBy(facts.sums, 'objectiveId');
  const rows = Object.values(DistrictCondition).map((condition) => {
    const serving = [...facts.conditionsOf].filter(([, cs]) => cs.includes(condition)).map(([id]) => id);
    return {
      condition,
      label: DISTRICT_CONDITION_LABEL[condition],
      objectiveCount: serving.length,
      allocatedCents: serving.reduce((s, id) => s + (byObjective.get(id)?.cents ?? 0), 0),
    };
  });
  return {
    rows,
    csv: toCsv(
      ['condition', 'objectives', 'allocated_usd'],
      rows.map((r) => [r.label, r.objectiveCount, usd(r.allocatedCents)]),
    ),
  };
}

export function unallocatedReport(facts: FundingFacts, rules: FundingRule[]): UnallocatedReport {
  const facted = rules.map(ruleFacts);
  const rows = sourceReport(facts).rows.map((r) => {
    const carryover = rulesInForce(
      facted.filter((f) => f.rule.program.id === r.source.program.id),
      facts.districtId,
      r.source.fiscalYear,
    ).find(
      (f) =>
        f.kind === FundingRuleKind.CARRYOVER_MAXIMUM &&
        (f.thresholdCents == null || r.amountCents > f.thresholdCents),
    );
    const limit = carryover ? shareOf(r.amountCents, carryover.basisPoints, 'down') : null;
    return {
      source: r.source,
      amountCents: r.amountCents,
      unallocatedCents: r.unallocatedCents,
      carryoverLimitCents: limit,
      overCarryoverLimit: limit !== null && r.unallocatedCents > limit,
    };
  });
  return {
    rows,
    totalUnallocatedCents: rows.reduce((s, r) => s + r.unallocatedCents, 0),
    csv: toCsv(
      [
        'source',
        'fiscal_year',
        'amount_usd',
        'unallocated_usd',
        'carryover_limit_usd',
        'over_carryover_limit',
      ],
      rows.map((r) => [
        r.source.name,
        r.source.fiscalYear,
        usd(r.amountCents),
        usd(r.unallocatedCents),
        r.carryoverLimitCents === null ? null : usd(r.carryoverLimitCents),
        r.overCarryoverLimit ? 'yes' : 'no',
      ]),
    ),
  };
}

/** Needs facts of every fiscal year (`fiscalYear` null). */
export function fiscalYearReport(facts: FundingFacts): FiscalYearReport {
  const byYear = new Map<number, FiscalYearReport['rows'][number]>();
  for (const r of sourceReport(facts).rows) {
    const row = byYear.get(r.source.fiscalYear) ?? {
      fiscalYear: r.source.fiscalYear,
      sourceCount: 0,
      amountCents: 0,
      allocatedCents: 0,
      unallocatedCents: 0,
    };
    row.sourceCount += 1;
    row.amountCents += r.amountCents;
    row.allocatedCents += r.allocatedCents;
    row.unallocatedCents += r.unallocatedCents;
    byYear.set(r.source.fiscalYear, row);
  }
  const rows = [...byYear.values()].sort((a, b) => b.fiscalYear - a.fiscalYear);
  return {
    rows,
    csv: toCsv(
      ['fiscal_year', 'sources', 'amount_usd', 'allocated_usd', 'unallocated_usd'],
      rows.map((r) => [
        r.fiscalYear,
        r.sourceCount,
        usd(r.amountCents),
        usd(r.allocatedCents),
        usd(r.unallocatedCents),
      ]),
    ),
  };
}
