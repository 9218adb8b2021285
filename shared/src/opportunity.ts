/**
 * Learning-opportunity vocabulary. Internal type values map to CEDS element 001499
 * (Work-based Learning Opportunity Type); ELO and pre-apprenticeship have no CEDS value
 * of their own and report as "Other".
 */
export const OpportunityType = {
  APPRENTICESHIP: 'APPRENTICESHIP',
  PRE_APPRENTICESHIP: 'PRE_APPRENTICESHIP',
  CLINICAL_WORK: 'CLINICAL_WORK',
  COOPERATIVE_EDUCATION: 'COOPERATIVE_EDUCATION',
  ENTREPRENEURSHIP: 'ENTREPRENEURSHIP',
  JOB_SHADOWING: 'JOB_SHADOWING',
  MENTORSHIP: 'MENTORSHIP',
  PAID_INTERNSHIP: 'PAID_INTERNSHIP',
  UNPAID_INTERNSHIP: 'UNPAID_INTERNSHIP',
  ON_THE_JOB: 'ON_THE_JOB',
  SCHOOL_BASED_ENTERPRISE: 'SCHOOL_BASED_ENTERPRISE',
  SERVICE_LEARNING: 'SERVICE_LEARNING',
  SIMULATED_WORKSITE: 'SIMULATED_WORKSITE',
  SUPERVISED_AGRICULTURAL: 'SUPERVISED_AGRICULTURAL',
  EXTENDED_LEARNING: 'EXTENDED_LEARNING',
  OTHER: 'OTHER',
} as const;
export type OpportunityType = (typeof OpportunityType)[keyof typeof OpportunityType];

/** Crosswalk from our type to the CEDS 001499 option code. */
export const CEDS_WORK_BASED_LEARNING_CODE: Record<OpportunityType, string> = {
  APPRENTICESHIP: 'Apprenticeship',
  PRE_APPRENTICESHIP: 'Other',
  CLINICAL_WORK: 'ClinicalWork',
  COOPERATIVE_EDUCATION: 'CooperativeEducation',
  ENTREPRENEURSHIP: 'Entrepreneurship',
  JOB_SHADOWING: 'JobShadowing',
  MENTORSHIP: 'Mentorship',
  PAID_INTERNSHIP: 'PaidInternship',
  UNPAID_INTERNSHIP: 'UnpaidInternship',
  ON_THE_JOB: 'OnTheJob',
  SCHOOL_BASED_ENTERPRISE: 'SchoolBasedEnterprise',
  SERVICE_LEARNING: 'ServiceLearning',
  SIMULATED_WORKSITE: 'SimulatedWorksite',
  SUPERVISED_AGRICULTURAL: 'SupervisedAgricultural',
  EXTENDED_LEARNING: 'Other',
  OTHER: 'Other',
};

export const OPPORTUNITY_TYPE_LABEL: Record<OpportunityType, string> = {
  APPRENTICESHIP: 'Apprenticeship',
  PRE_APPRENTICESHIP: 'Pre-apprenticeship',
  CLINICAL_WORK: 'Clinical work',
  COOPERATIVE_EDUCATION: 'Cooperative education',
  ENTREPRENEURSHIP: 'Entrepreneurship',
  JOB_SHADOWING: 'Job shadowing',
  MENTORSHIP: 'Mentorship',
  PAID_INTERNSHIP: 'Paid internship',
  UNPAID_INTERNSHIP: 'Unpaid internship',
  ON_THE_JOB: 'On-the-job training',
  SCHOOL_BASED_ENTERPRISE: 'School-based enterprise',
  SERVICE_LEARNING: 'Service learning',
  SIMULATED_WORKSITE: 'Simulated worksite',
  SUPERVISED_AGRICULTURAL: 'Supervised agricultural experience',
  EXTENDED_LEARNING: 'Extended learning (for credit)',
  OTHER: 'Other',
};

/** What each type means, in a sentence a student or parent understands (shown on listing pages). */
export const OPPORTUNITY_TYPE_DESCRIPTION: Record<OpportunityType, string> = {
  APPRENTICESHIP: 'Paid work with training on the job and in class, leading to a recognised credential.',
  PRE_APPRENTICESHIP: 'Training that prepares students to enter an apprenticeship.',
  CLINICAL_WORK: 'Supervised practice in a health-care setting.',
  COOPERATIVE_EDUCATION: 'Alternating or combined school and paid work in the field the student studies.',
  ENTREPRENEURSHIP: 'Students start and run a business or venture of their own, with guidance.',
  JOB_SHADOWING: 'Students spend time beside a professional to see what the job is like.',
  MENTORSHIP: 'A professional meets a student over time to guide them toward a career.',
  PAID_INTERNSHIP: 'Paid work for a set period, learning on the job.',
  UNPAID_INTERNSHIP: 'Work experience for a set period without pay, learning on the job.',
  ON_THE_JOB: 'Training in the skills of a job while doing it.',
  SCHOOL_BASED_ENTERPRISE: 'A business run by students at school, such as a store or a café.',
  SERVICE_LEARNING: 'Volunteer work for the community, tied to what students learn in class.',
  SIMULATED_WORKSITE: 'A workplace recreated at school, with real tasks and roles.',
  SUPERVISED_AGRICULTURAL: 'A farm, food or natural-resources project the student runs with a supervisor.',
  EXTENDED_LEARNING: 'Learning outside the classroom that earns school credit.',
  OTHER: 'A learning experience with a partner that fits none of the other types.',
};

export const LocationMode = { ON_SITE: 'ON_SITE', REMOTE: 'REMOTE', HYBRID: 'HYBRID' } as const;
export type LocationMode = (typeof LocationMode)[keyof typeof LocationMode];
export const LOCATION_MODE_LABEL: Record<LocationMode, string> = {
  ON_SITE: 'On site',
  REMOTE: 'Remote',
  HYBRID: 'Hybrid',
};

export const Compensation = { PAID: 'PAID', STIPEND: 'STIPEND', UNPAID: 'UNPAID' } as const;
export type Compensation = (typeof Compensation)[keyof typeof Compensation];
export const COMPENSATION_LABEL: Record<Compensation, string> = {
  PAID: 'Paid',
  STIPEND: 'Stipend',
  UNPAID: 'Unpaid',
};

export const OpportunityOrder = { DEADLINE: 'DEADLINE', NEWEST: 'NEWEST', TITLE: 'TITLE' } as const;
export type OpportunityOrder = (typeof OpportunityOrder)[keyof typeof OpportunityOrder];

/** Grades served; kindergarten is 0. */
export const MIN_GRADE = 0;
export const MAX_GRADE = 12;
