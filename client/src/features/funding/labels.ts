import type { FundingPurpose, FundingRuleKind } from '@/app/graphql/generated/graphql';

export const FUNDING_PURPOSE_LABEL: Record<FundingPurpose, string> = {
  ADMINISTRATION: 'Administration',
  ASSESSMENT: 'Assessment',
  CAREER_PREPARATION: 'Career preparation',
  CLASS_SIZE_REDUCTION: 'Class-size reduction',
  EXTENDED_LEARNING: 'Extended learning',
  FAMILY_ENGAGEMENT: 'Family engagement',
  INDUCTION_MENTORING: 'Induction and mentoring of educators',
  LEADERSHIP_DEVELOPMENT: 'Leadership development',
  MENTORING: 'Mentoring',
  OTHER: 'Other',
  PROFESSIONAL_DEVELOPMENT: 'Professional development',
  RECRUITMENT_RETENTION: 'Recruitment and retention',
  STUDENT_SUPPORTS: 'Student supports',
  TECHNOLOGY: 'Technology',
  WORK_BASED_LEARNING: 'Work-based learning',
};

export const FUNDING_PURPOSES = Object.keys(FUNDING_PURPOSE_LABEL) as FundingPurpose[];

export const RULE_KIND_LABEL: Record<FundingRuleKind, string> = {
  SET_ASIDE_MINIMUM: 'Set-aside minimum',
  CARRYOVER_MAXIMUM: 'Carryover maximum',
  STATE_RESERVATION: 'State reservation (information only)',
};

/** "1%" or "0.5%" for basis points. */
export function formatBasisPoints(bp: number): string {
  return `${bp % 100 === 0 ? bp / 100 : (bp / 100).toFixed(2).replace(/0$/, '')}%`;
}

/** Reads "1", "1.5" or "0.25" percent as basis points; null for anything else. */
export function parseBasisPoints(input: string): number | null {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?\s*%?$/.exec(input.trim());
  if (!match) return null;
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0') || '0');
  return bp <= 10_000 ? bp : null;
}
