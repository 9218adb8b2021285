import { FUNDING_PURPOSE_LABEL, type FundingPurpose, FundingRuleKind } from './funding.enums.js';
import { formatBasisPoints, formatUsd, shareOf } from './money.js';

/** The facts of a rule that decisions need (an entity or a plain row). */
export interface RuleFacts {
  districtId: number | null;
  kind: FundingRuleKind;
  purpose?: FundingPurpose | null;
  basisPoints: number;
  thresholdCents?: number | null;
  firstFiscalYear?: number | null;
  lastFiscalYear?: number | null;
  active: boolean;
}

/** A problem worth a second look that does not stop the change. */
export interface FundingWarningFacts {
  code: 'PURPOSE_NOT_ALLOWABLE' | 'SET_ASIDE_UNMET' | 'CARRYOVER_OVER_LIMIT';
  message: string;
}

export function coversYear(rule: RuleFacts, fiscalYear: number): boolean {
  return (
    (rule.firstFiscalYear == null || rule.firstFiscalYear <= fiscalYear) &&
    (rule.lastFiscalYear == null || fiscalYear <= rule.lastFiscalYear)
  );
}

const keyOf = (rule: RuleFacts) => `${rule.kind}/${rule.purpose ?? ''}`;

/**
 * The rules of one program in force for a district in a fiscal year: a district rule replaces the
 * default rules with the same kind and purpose (so a district can also switch a default off), and
 * inactive rules never apply. `rules` are the program's rules, defaults and the district's.
 */
export function rulesInForce<R extends RuleFacts>(rules: R[], districtId: number, fiscalYear: number): R[] {
  const covering = rules.filter(
    (r) => coversYear(r, fiscalYear) && (r.districtId === null || r.districtId === districtId),
  );
  const overridden = new Set(covering.filter((r) => r.districtId !== null).map(keyOf));
  return covering.filter((r) => r.active && (r.districtId !== null || !overridden.has(keyOf(r))));
}

/** The userError message when an allocation would take more than a source has left, or null. */
export function overAllocationMessage({
  sourceName,
  amountCents,
  otherAllocatedCents,
  requestedCents,
}: {
  sourceName: string;
  amountCents: number;
  /** What every other allocation of the source already takes. */
  otherAllocatedCents: number;
  requestedCents: number;
}): string | null {
  const unallocated = amountCents - otherAllocatedCents;
  if (requestedCents <= unallocated) return null;
  return `${sourceName} has ${formatUsd(unallocated)} unallocated; this allocation of ${formatUsd(requestedCents)} would exceed it by ${formatUsd(requestedCents - unallocated)}.`;
}

/** A warning when the purpose is not among the program's allowable uses (null: any use). */
export function purposeWarnings({
  programName,
  allowedUses,
  purpose,
}: {
  programName: string;
  allowedUses: readonly FundingPurpose[] | null | undefined;
  purpose: FundingPurpose;
}): FundingWarningFacts[] {
  if (!allowedUses || allowedUses.includes(purpose)) return [];
  const allowed = allowedUses.map((p) => FUNDING_PURPOSE_LABEL[p]).join(', ');
  return [
    {
      code: 'PURPOSE_NOT_ALLOWABLE',
      message: `${programName} does not list ${FUNDING_PURPOSE_LABEL[purpose]} among its allowable uses (${allowed}); check the program's guidance before charging it.`,
    },
  ];
}

const applies = (rule: RuleFacts, amountCents: number) =>
  rule.thresholdCents == null || amountCents > rule.thresholdCents;

/**
 * Warnings for a source as its allocations stand: set-asides not met and more left unallocated than
 * may carry over. `rules` are the rules in force for the source (see `rulesInForce`).
 */
export function sourceWarnings({
  sourceName,
  amountCents,
  allocations,
  rules,
}: {
  sourceName: string;
  amountCents: number;
  allocations: readonly { amountCents: number; purpose: FundingPurpose }[];
  rules: readonly RuleFacts[];
}): FundingWarningFacts[] {
  const warnings: FundingWarningFacts[] = [];
  const allocated = allocations.reduce((sum, a) => sum + a.amountCents, 0);
  for (const rule of rules) {
    if (!rule.active || !applies(rule, amountCents)) continue;
    const share = formatBasisPoints(rule.basisPoints);
    if (rule.kind === FundingRuleKind.SET_ASIDE_MINIMUM && rule.purpose) {
      const required = shareOf(amountCents, rule.basisPoints, 'up');
      const toPurpose = allocations
        .filter((a) => a.purpose === rule.purpose)
        .reduce((sum, a) => sum + a.amountCents, 0);
      if (toPurpose < required)
        warnings.push({
          code: 'SET_ASIDE_UNMET',
          message: `${sourceName} must set aside at least ${share} (${formatUsd(required)}) for ${FUNDING_PURPOSE_LABEL[rule.purpose]}; ${formatUsd(toPurpose)} is allocated to it, ${formatUsd(required - toPurpose)} short.`,
        });
    }
    if (rule.kind === FundingRuleKind.CARRYOVER_MAXIMUM) {
      const limit = shareOf(amountCents, rule.basisPoints, 'down');
      const unallocated = amountCents - allocated;
      if (unallocated > limit)
        warnings.push({
          code: 'CARRYOVER_OVER_LIMIT',
          message: `${sourceName} has ${formatUsd(unallocated)} unallocated; at most ${share} (${formatUsd(limit)}) may carry over to the next year, so ${formatUsd(unallocated - limit)} more should be allocated.`,
        });
    }
  }
  return warnings;
}

/** One sentence on what a rule asks, for lists and reports. */
export function describeRule(rule: RuleFacts, programName: string): string {
  const share = formatBasisPoints(rule.basisPoints);
  const when =
    rule.thresholdCents != null ? ` when the amount exceeds ${formatUsd(rule.thresholdCents)}` : '';
  switch (rule.kind) {
    case FundingRuleKind.SET_ASIDE_MINIMUM:
      return `At least ${share} of ${programName} for ${rule.purpose ? FUNDING_PURPOSE_LABEL[rule.purpose] : 'its purpose'}${when}.`;
    case FundingRuleKind.CARRYOVER_MAXIMUM:
      return `At most ${share} of ${programName} may carry over to the next year${when}.`;
    default:
      return `The state reserves ${share} of ${programName}${rule.purpose ? ` for ${FUNDING_PURPOSE_LABEL[rule.purpose]}` : ''} (information).`;
  }
}
