import type { EntityManager } from '@mikro-orm/knex';
import type { DistrictCondition } from '@partnerhub/shared';

/**
 * The indicators that serve each condition of a district, as global ids: the evaluation module owns
 * indicators and hands this over through the composition root.
 */
export type ConditionIndicatorProvider = (
  em: EntityManager,
  districtId: number,
) => Promise<Map<DistrictCondition, string[]>>;

/** Until a provider is wired, no condition has indicators. */
export const noConditionIndicators: ConditionIndicatorProvider = () => Promise.resolve(new Map());

let provider: ConditionIndicatorProvider = noConditionIndicators;

/** Lets readiness name the indicators that serve each condition. */
export function provideConditionIndicators(fn: ConditionIndicatorProvider): void {
  provider = fn;
}

export function indicatorsOf(
  em: EntityManager,
  districtId: number,
): Promise<Map<DistrictCondition, string[]>> {
  return provider(em, districtId);
}
