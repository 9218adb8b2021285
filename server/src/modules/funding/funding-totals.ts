import type { EntityManager } from '@mikro-orm/knex';

/** A district's money across all its funding sources and fiscal years, in whole cents. */
export interface FundingTotals {
  amountCents: number;
  allocatedCents: number;
}

/**
 * Each district's total of funding sources and of allocations, in one statement; districts without
 * sources are absent from the map.
 */
export async function fundingTotals(
  em: EntityManager,
  districtIds: readonly number[],
): Promise<Map<number, FundingTotals>> {
  const totals = new Map<number, FundingTotals>();
  if (!districtIds.length) return totals;
  const list = districtIds.map(() => '?').join(', ');
  const rows = await em
    .getConnection()
    .execute<{ district_id: number; amount: number | string | null; allocated: number | string | null }[]>(
      `select s.district_id, sum(s.amount_cents) as amount,
       (select sum(a.amount_cents) from funding_allocation a where a.district_id = s.district_id) as allocated
     from funding_source s where s.district_id in (${list}) group by s.district_id`,
      [...districtIds],
    );
  for (const row of rows)
    totals.set(Number(row.district_id), {
      amountCents: Number(row.amount ?? 0),
      allocatedCents: Number(row.allocated ?? 0),
    });
  return totals;
}
