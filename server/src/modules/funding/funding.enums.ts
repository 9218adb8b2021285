import { registerEnumType } from 'type-graphql';

/** What an allocation pays for; programs list the purposes they allow. */
export const FundingPurpose = {
  PROFESSIONAL_DEVELOPMENT: 'PROFESSIONAL_DEVELOPMENT',
  LEADERSHIP_DEVELOPMENT: 'LEADERSHIP_DEVELOPMENT',
  INDUCTION_MENTORING: 'INDUCTION_MENTORING',
  RECRUITMENT_RETENTION: 'RECRUITMENT_RETENTION',
  CLASS_SIZE_REDUCTION: 'CLASS_SIZE_REDUCTION',
  WORK_BASED_LEARNING: 'WORK_BASED_LEARNING',
  MENTORING: 'MENTORING',
  CAREER_PREPARATION: 'CAREER_PREPARATION',
  FAMILY_ENGAGEMENT: 'FAMILY_ENGAGEMENT',
  STUDENT_SUPPORTS: 'STUDENT_SUPPORTS',
  TECHNOLOGY: 'TECHNOLOGY',
  ASSESSMENT: 'ASSESSMENT',
  EXTENDED_LEARNING: 'EXTENDED_LEARNING',
  ADMINISTRATION: 'ADMINISTRATION',
  OTHER: 'OTHER',
} as const;
export type FundingPurpose = (typeof FundingPurpose)[keyof typeof FundingPurpose];

export const FUNDING_PURPOSE_LABEL: Record<FundingPurpose, string> = {
  PROFESSIONAL_DEVELOPMENT: 'professional development',
  LEADERSHIP_DEVELOPMENT: 'leadership development',
  INDUCTION_MENTORING: 'induction and mentoring of educators',
  RECRUITMENT_RETENTION: 'recruitment and retention',
  CLASS_SIZE_REDUCTION: 'class-size reduction',
  WORK_BASED_LEARNING: 'work-based learning',
  MENTORING: 'mentoring',
  CAREER_PREPARATION: 'career preparation',
  FAMILY_ENGAGEMENT: 'family engagement',
  STUDENT_SUPPORTS: 'student supports',
  TECHNOLOGY: 'technology',
  ASSESSMENT: 'assessment',
  EXTENDED_LEARNING: 'extended learning',
  ADMINISTRATION: 'administration',
  OTHER: 'other purposes',
};

export const FundingProgramKind = {
  FEDERAL: 'FEDERAL',
  STATE: 'STATE',
  LOCAL: 'LOCAL',
  PRIVATE: 'PRIVATE',
} as const;
export type FundingProgramKind = (typeof FundingProgramKind)[keyof typeof FundingProgramKind];

/** What a set-aside or fiscal rule asks of a funding source. */
export const FundingRuleKind = {
  /** At least `basisPoints` of the amount goes to `purpose` when the amount exceeds the threshold. */
  SET_ASIDE_MINIMUM: 'SET_ASIDE_MINIMUM',
  /** At most `basisPoints` of the amount may stay unallocated (carried over to the next year). */
  CARRYOVER_MAXIMUM: 'CARRYOVER_MAXIMUM',
  /** A share the state reserves before districts receive their amounts; information only. */
  STATE_RESERVATION: 'STATE_RESERVATION',
} as const;
export type FundingRuleKind = (typeof FundingRuleKind)[keyof typeof FundingRuleKind];

let registered = false;

/** Declares the funding vocabularies as GraphQL enums (once per process). */
export function registerFundingEnums(): void {
  if (registered) return;
  registered = true;
  registerEnumType(FundingPurpose, {
    name: 'FundingPurpose',
    description: 'What an allocation pays for; each program lists the purposes it allows.',
  });
  registerEnumType(FundingProgramKind, { name: 'FundingProgramKind' });
  registerEnumType(FundingRuleKind, {
    name: 'FundingRuleKind',
    description:
      'SET_ASIDE_MINIMUM: at least a share of the amount for a purpose; CARRYOVER_MAXIMUM: at most a share left unallocated; STATE_RESERVATION: what the state reserves, shown for information.',
    valuesConfig: {
      SET_ASIDE_MINIMUM: { description: 'At least `basisPoints` of the amount for `purpose`.' },
      CARRYOVER_MAXIMUM: { description: 'At most `basisPoints` of the amount left unallocated.' },
      STATE_RESERVATION: { description: 'Reserved by the state; information only, never a warning.' },
    },
  });
}
