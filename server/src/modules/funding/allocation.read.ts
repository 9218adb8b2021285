import type { Context } from '../../graphql/context.js';
import { FundingAllocation } from './funding-allocation.entity.js';
import { loadBatched } from '../../graphql/request-cache.js';

type Key = 'source' | 'objective' | 'objective.goal';

function grouped(ctx: Context, key: Key, id: number): Promise<FundingAllocation[]> {
  return loadBatched(ctx, `allocations:${key}`, id, async (ids) => {
    const where = key === 'objective.goal' ? { objective: { goal: { $in: ids } } } : { [key]: { $in: ids } };
    const rows = await ctx.em.find(FundingAllocation, where, {
      populate: ['source', 'objective'],
      orderBy: { id: 'asc' },
    });
    const out = new Map<number, FundingAllocation[]>(ids.map((i) => [i, []]));
    for (const row of rows) {
      const owner =
        key === 'source' ? row.source.id : key === 'objective' ? row.objective.id : row.objective.goal.id;
      out.get(owner)?.push(row);
    }
    return out;
  }).then((rows) => rows ?? []);
}

/** The source's allocations, loaded together with those of other sources in the same response. */
export const allocationsOfSource = (ctx: Context, id: number) => grouped(ctx, 'source', id);
export const allocationsOfObjective = (ctx: Context, id: number) => grouped(ctx, 'objective', id);
export const allocationsOfGoal = (ctx: Context, id: number) => grouped(ctx, 'objective.goal', id);

export function inYear(rows: FundingAllocation[], fiscalYear: number | null): FundingAllocation[] {
  return fiscalYear == null ? rows : rows.filter((r) => r.source.fiscalYear === fiscalYear);
}

export function total(rows: FundingAllocation[]): number {
  return rows.reduce((sum, r) => sum + r.amountCents, 0);
}
