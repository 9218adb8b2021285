import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { InputChecks } from '../../graphql/input-checks.js';
import { FundingAllocation } from './funding-allocation.entity.js';
import { FundingProgram } from './funding-program.entity.js';
import { FundingRule } from './funding-rule.entity.js';
import { type FundingWarningFacts, type RuleFacts, rulesInForce, sourceWarnings } from './funding-rules.js';
import { FundingSource } from './funding-source.entity.js';

/** The largest amount accepted, $1 trillion: sums over many sources stay exact in a double. */
export const MAX_CENTS = 100_000_000_000_000;

/** A whole number of cents between `min` and MAX_CENTS, or null after reporting the problem. */
export function checkCents(check: InputChecks, field: string, value: number, min: number): number | null {
  if (!Number.isSafeInteger(value) || value < min || value > MAX_CENTS) {
    check.fail(field, `Enter a whole number of cents from ${min} to ${MAX_CENTS}.`);
    return null;
  }
  return value;
}

/** A fiscal year from 2000 to 2100, or null after reporting the problem. */
export function checkFiscalYear(check: InputChecks, field: string, value: number | null | undefined) {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < 2000 || value > 2100) {
    check.fail(field, 'Enter a fiscal year from 2000 to 2100, e.g. 2026.');
    return null;
  }
  return value;
}

/** What the source's allocations take together, leaving one out when asked (inside the caller's transaction). */
export async function allocatedCents(em: EntityManager, sourceId: number, exceptAllocationId?: number) {
  const rows = await em
    .getConnection()
    .execute<{ total: number | string | null }[]>(
      'select coalesce(sum(amount_cents), 0) as total from funding_allocation where source_id = ? and id <> ?',
      [sourceId, exceptAllocationId ?? 0],
      'all',
      em.getTransactionContext(),
    );
  return Number(rows[0]?.total ?? 0);
}

/**
 * Reads the source again and locks its row until the transaction ends (SELECT ... FOR UPDATE on
 * PostgreSQL; SQLite has one writer at a time, so its transactions never interleave).
 */
export function lockSource(tx: EntityManager, sourceId: number): Promise<FundingSource> {
  return tx.findOneOrFail(
    FundingSource,
    { id: sourceId },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
}

/** The rules of a program that concern a district: the defaults and the district's own. */
export function programRules(
  em: EntityManager,
  programId: number,
  districtId: number,
): Promise<FundingRule[]> {
  return em.find(
    FundingRule,
    { program: programId, $or: [{ district: null }, { district: districtId }] },
    { orderBy: { id: 'asc' } },
  );
}

/** A rule as the pure rule functions see it. */
export function ruleFacts(rule: FundingRule): RuleFacts & { rule: FundingRule } {
  return {
    rule,
    districtId: rule.district?.id ?? null,
    kind: rule.kind,
    purpose: rule.purpose ?? null,
    basisPoints: rule.basisPoints,
    thresholdCents: rule.thresholdCents ?? null,
    firstFiscalYear: rule.firstFiscalYear ?? null,
    lastFiscalYear: rule.lastFiscalYear ?? null,
    active: rule.active,
  };
}

/** The rules in force for a source (its program, district and fiscal year). */
export async function rulesOfSource(em: EntityManager, source: FundingSource): Promise<FundingRule[]> {
  const rules = await programRules(em, source.program.id, source.district.id);
  return rulesInForce(rules.map(ruleFacts), source.district.id, source.fiscalYear).map((f) => f.rule);
}

/** Warnings for a source as its allocations stand now. */
export async function warningsOfSource(
  em: EntityManager,
  source: FundingSource,
): Promise<FundingWarningFacts[]> {
  const [rules, allocations] = await Promise.all([
    rulesOfSource(em, source),
    // Whole rows: a partial load would leave half-filled allocations in the request's identity map.
    em.find(FundingAllocation, { source: source.id }),
  ]);
  return sourceWarnings({
    sourceName: source.name,
    amountCents: source.amountCents,
    allocations,
    rules: rules.map(ruleFacts),
  });
}

export function programOf(em: EntityManager, source: FundingSource): Promise<FundingProgram> {
  return em.findOneOrFail(FundingProgram, source.program.id);
}
