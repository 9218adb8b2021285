import type { EntityManager } from '@mikro-orm/core';
import type { District } from '../../modules/organizations/index.js';
import type { Objective } from '../../modules/planning/index.js';
import {
  FundingAllocation,
  FundingProgram,
  type FundingPurpose,
  FundingSource,
} from '../../modules/funding/index.js';

/** Funding test data written straight through the entities (no audit entries, no rules checked). */

export function programByCode(em: EntityManager, code: string): Promise<FundingProgram> {
  return em.findOneOrFail(FundingProgram, { code });
}

export async function buildSource(
  em: EntityManager,
  district: District,
  {
    code = 'TITLE_I_A',
    fiscalYear = 2026,
    amountCents = 100_000_00,
  }: { code?: string; fiscalYear?: number; amountCents?: number } = {},
): Promise<FundingSource> {
  const program = await programByCode(em, code);
  const source = em.create(FundingSource, {
    district,
    program,
    fiscalYear,
    amountCents,
    name: `${program.name} FY${fiscalYear}`,
  });
  await em.persist(source).flush();
  return source;
}

export async function buildAllocation(
  em: EntityManager,
  source: FundingSource,
  objective: Objective,
  amountCents: number,
  purpose: FundingPurpose = 'MENTORING',
): Promise<FundingAllocation> {
  const allocation = em.create(FundingAllocation, {
    district: source.district,
    source,
    objective,
    amountCents,
    purpose,
  });
  await em.persist(allocation).flush();
  return allocation;
}
