import { DistrictCondition } from './organization.js';

/**
 * Evaluation vocabulary from the State Policy Framework: culture measures in Years 1-2, performance
 * (proficiency and growth) in Years 3-5, evidence of a sustainability plan in Year 5, every measure
 * disaggregated by subgroups of students. Aggregates only: no student-level record ever.
 */
export const IndicatorCategory = {
  CULTURE: 'CULTURE',
  PERFORMANCE: 'PERFORMANCE',
  SUSTAINABILITY: 'SUSTAINABILITY',
} as const;
export type IndicatorCategory = (typeof IndicatorCategory)[keyof typeof IndicatorCategory];

export const INDICATOR_CATEGORY_LABEL: Record<IndicatorCategory, string> = {
  CULTURE: 'Culture (Years 1-2)',
  PERFORMANCE: 'Student performance (Years 3-5)',
  SUSTAINABILITY: 'Sustainability (Year 5)',
};

export const IndicatorUnit = {
  RATE: 'RATE',
  PERCENT: 'PERCENT',
  COUNT: 'COUNT',
  SCALE_SCORE: 'SCALE_SCORE',
  MEAN_SURVEY_SCORE: 'MEAN_SURVEY_SCORE',
} as const;
export type IndicatorUnit = (typeof IndicatorUnit)[keyof typeof IndicatorUnit];

/** The values a unit allows: `max` null means no upper bound; `integer` whole numbers only. */
export const INDICATOR_UNIT_BOUNDS: Record<
  IndicatorUnit,
  { min: number; max: number | null; integer: boolean }
> = {
  RATE: { min: 0, max: 100, integer: false },
  PERCENT: { min: 0, max: 100, integer: false },
  COUNT: { min: 0, max: null, integer: true },
  SCALE_SCORE: { min: 0, max: null, integer: false },
  MEAN_SURVEY_SCORE: { min: 1, max: 5, integer: false },
};

/** Why a value is out of its unit's bounds, or null when it fits. */
export function indicatorValueProblem(unit: IndicatorUnit, value: number): string | null {
  const b = INDICATOR_UNIT_BOUNDS[unit];
  if (!Number.isFinite(value)) return 'Enter a number.';
  if (b.integer && !Number.isInteger(value)) return 'Enter a whole number.';
  if (value < b.min || (b.max !== null && value > b.max))
    return b.max === null
      ? `Enter a number of at least ${b.min}.`
      : `Enter a number from ${b.min} to ${b.max}.`;
  return null;
}

export const IndicatorDirection = {
  HIGHER_IS_BETTER: 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER: 'LOWER_IS_BETTER',
} as const;
export type IndicatorDirection = (typeof IndicatorDirection)[keyof typeof IndicatorDirection];

/** Student subgroups: all students, the federal seven race/ethnicity categories, and three pairs. */
export const Subgroup = {
  ALL_STUDENTS: 'ALL_STUDENTS',
  AMERICAN_INDIAN_OR_ALASKA_NATIVE: 'AMERICAN_INDIAN_OR_ALASKA_NATIVE',
  ASIAN: 'ASIAN',
  BLACK_OR_AFRICAN_AMERICAN: 'BLACK_OR_AFRICAN_AMERICAN',
  HISPANIC_OR_LATINO: 'HISPANIC_OR_LATINO',
  NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER: 'NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER',
  WHITE: 'WHITE',
  TWO_OR_MORE_RACES: 'TWO_OR_MORE_RACES',
  ECONOMICALLY_DISADVANTAGED: 'ECONOMICALLY_DISADVANTAGED',
  NOT_ECONOMICALLY_DISADVANTAGED: 'NOT_ECONOMICALLY_DISADVANTAGED',
  STUDENTS_WITH_DISABILITIES: 'STUDENTS_WITH_DISABILITIES',
  STUDENTS_WITHOUT_DISABILITIES: 'STUDENTS_WITHOUT_DISABILITIES',
  ENGLISH_LEARNERS: 'ENGLISH_LEARNERS',
  NOT_ENGLISH_LEARNERS: 'NOT_ENGLISH_LEARNERS',
} as const;
export type Subgroup = (typeof Subgroup)[keyof typeof Subgroup];

export const SUBGROUP_LABEL: Record<Subgroup, string> = {
  ALL_STUDENTS: 'All students',
  AMERICAN_INDIAN_OR_ALASKA_NATIVE: 'American Indian or Alaska Native',
  ASIAN: 'Asian',
  BLACK_OR_AFRICAN_AMERICAN: 'Black or African American',
  HISPANIC_OR_LATINO: 'Hispanic or Latino',
  NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER: 'Native Hawaiian or Other Pacific Islander',
  WHITE: 'White',
  TWO_OR_MORE_RACES: 'Two or more races',
  ECONOMICALLY_DISADVANTAGED: 'Economically disadvantaged',
  NOT_ECONOMICALLY_DISADVANTAGED: 'Not economically disadvantaged',
  STUDENTS_WITH_DISABILITIES: 'Students with disabilities',
  STUDENTS_WITHOUT_DISABILITIES: 'Students without disabilities',
  ENGLISH_LEARNERS: 'English learners',
  NOT_ENGLISH_LEARNERS: 'Not English learners',
};

/** Sets of subgroups whose student counts sum to ALL_STUDENTS. */
export const SUBGROUP_PARTITIONS: Readonly<Record<string, readonly Subgroup[]>> = {
  RACE_ETHNICITY: [
    Subgroup.AMERICAN_INDIAN_OR_ALASKA_NATIVE,
    Subgroup.ASIAN,
    Subgroup.BLACK_OR_AFRICAN_AMERICAN,
    Subgroup.HISPANIC_OR_LATINO,
    Subgroup.NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER,
    Subgroup.WHITE,
    Subgroup.TWO_OR_MORE_RACES,
  ],
  ECONOMIC: [Subgroup.ECONOMICALLY_DISADVANTAGED, Subgroup.NOT_ECONOMICALLY_DISADVANTAGED],
  DISABILITY: [Subgroup.STUDENTS_WITH_DISABILITIES, Subgroup.STUDENTS_WITHOUT_DISABILITIES],
  ENGLISH_LEARNER: [Subgroup.ENGLISH_LEARNERS, Subgroup.NOT_ENGLISH_LEARNERS],
};

/** Every subgroup, in display order. */
export const ALL_SUBGROUPS: readonly Subgroup[] = Object.values(Subgroup);

/** No cell with fewer students than this is ever shown beyond the district's evaluation editors. */
export const MINIMUM_N_FLOOR = 10;

/** The minimum n in force: the floor, the state agency's setting and the district's, whichever is highest. */
export function effectiveMinimumN(stateSetting: number | null, districtSetting: number | null): number {
  return Math.max(MINIMUM_N_FLOOR, stateSetting ?? 0, districtSetting ?? 0);
}

/** An NCES school ID: 12 digits, the first 7 the district's LEA ID. */
export function schoolIdProblem(schoolId: string, leaId: string): string | null {
  if (!/^\d{12}$/.test(schoolId)) return 'Enter the 12-digit NCES school ID.';
  if (!schoolId.startsWith(leaId)) return `An NCES school ID of this district begins with ${leaId}.`;
  return null;
}

export interface IndicatorDefinition {
  code: string;
  name: string;
  description: string;
  category: IndicatorCategory;
  planYears: readonly number[];
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  subgroups: readonly Subgroup[];
  conditions: readonly DistrictCondition[];
}

const C = DistrictCondition;
const CULTURE_YEARS = [1, 2] as const;
const PERFORMANCE_YEARS = [3, 4, 5] as const;

const culture = (
  code: string,
  name: string,
  description: string,
  unit: IndicatorUnit,
  direction: IndicatorDirection,
  conditions: DistrictCondition[],
  subgroups: readonly Subgroup[] = ALL_SUBGROUPS,
): IndicatorDefinition => ({
  code,
  name,
  description,
  category: IndicatorCategory.CULTURE,
  planYears: CULTURE_YEARS,
  unit,
  direction,
  subgroups,
  conditions,
});

const performance = (
  code: string,
  name: string,
  description: string,
  unit: IndicatorUnit,
  conditions: DistrictCondition[],
): IndicatorDefinition => ({
  code,
  name,
  description,
  category: IndicatorCategory.PERFORMANCE,
  planYears: PERFORMANCE_YEARS,
  unit,
  direction: IndicatorDirection.HIGHER_IS_BETTER,
  subgroups: ALL_SUBGROUPS,
  conditions,
});

const { HIGHER_IS_BETTER: HIGHER, LOWER_IS_BETTER: LOWER } = IndicatorDirection;

/**
 * The indicators every district starts with, after the framework's evaluation section. A migration
 * stores them; states and districts add their own beside them.
 */
export const SEED_INDICATORS: readonly IndicatorDefinition[] = [
  culture(
    'ATTENDANCE_RATE',
    'Average daily attendance',
    'Days attended as a share of days enrolled.',
    IndicatorUnit.RATE,
    HIGHER,
    [C.LEARNING_ENVIRONMENTS, C.STUDENT_SUPPORTS, C.DATA_SYSTEMS],
  ),
  culture(
    'CHRONIC_ABSENCE_RATE',
    'Chronic absence',
    'Share of students who missed 10% or more of the days they were enrolled.',
    IndicatorUnit.PERCENT,
    LOWER,
    [C.LEARNING_ENVIRONMENTS, C.STUDENT_SUPPORTS],
  ),
  culture(
    'DISCIPLINARY_INCIDENTS_PER_100',
    'Disciplinary incidents per 100 students',
    'Recorded disciplinary incidents for every 100 students enrolled.',
    IndicatorUnit.RATE,
    LOWER,
    [C.LEARNING_ENVIRONMENTS, C.STUDENT_SUPPORTS],
  ),
  culture(
    'STUDENT_ENGAGEMENT_SURVEY',
    'Student engagement (survey)',
    'Mean score of the student engagement scale of the student survey, 1 to 5.',
    IndicatorUnit.MEAN_SURVEY_SCORE,
    HIGHER,
    [C.INSTRUCTION, C.LEARNING_ENVIRONMENTS],
  ),
  culture(
    'STUDENT_VOICE_SURVEY',
    'Student voice (survey)',
    'Mean score of the student voice and agency scale of the student survey, 1 to 5.',
    IndicatorUnit.MEAN_SURVEY_SCORE,
    HIGHER,
    [C.INSTRUCTION, C.LEARNING_ENVIRONMENTS],
  ),
  culture(
    'PARENT_SURVEY',
    'Parent and family survey',
    "Mean score of the parent and family survey, 1 to 5, grouped by the student's subgroups.",
    IndicatorUnit.MEAN_SURVEY_SCORE,
    HIGHER,
    [C.LEARNING_ENVIRONMENTS, C.PARTNERSHIPS],
  ),
  culture(
    'INSTRUCTIONAL_PRACTICE_OBSERVATIONS',
    'Improved instructional practice (observations)',
    'Share of observed lessons meeting the personalized-learning practice rubric; n is the number of students in the observed classrooms.',
    IndicatorUnit.PERCENT,
    HIGHER,
    [C.INSTRUCTION, C.PROFESSIONAL_DEVELOPMENT, C.LEADERSHIP_DEVELOPMENT],
    [Subgroup.ALL_STUDENTS],
  ),
  performance(
    'PROFICIENCY_ELA',
    'Proficiency in English language arts',
    'Share of tested students scoring proficient or above on the state assessment in ELA.',
    IndicatorUnit.PERCENT,
    [C.CURRICULUM, C.INSTRUCTION, C.ASSESSMENT],
  ),
  performance(
    'PROFICIENCY_MATH',
    'Proficiency in mathematics',
    'Share of tested students scoring proficient or above on the state assessment in mathematics.',
    IndicatorUnit.PERCENT,
    [C.CURRICULUM, C.INSTRUCTION, C.ASSESSMENT],
  ),
  performance(
    'GROWTH_ELA',
    'Growth in English language arts',
    'Median student growth percentile in ELA.',
    IndicatorUnit.PERCENT,
    [C.INSTRUCTION, C.ASSESSMENT, C.STUDENT_SUPPORTS],
  ),
  performance(
    'GROWTH_MATH',
    'Growth in mathematics',
    'Median student growth percentile in mathematics.',
    IndicatorUnit.PERCENT,
    [C.INSTRUCTION, C.ASSESSMENT, C.STUDENT_SUPPORTS],
  ),
  performance(
    'SKILLS_DISPOSITIONS_MASTERY',
    'Mastery of skills and dispositions',
    'Share of students demonstrating mastery of the graduate profile skills and dispositions on performance assessments.',
    IndicatorUnit.PERCENT,
    [C.CURRICULUM, C.ASSESSMENT, C.PARTNERSHIPS],
  ),
  {
    code: 'SUSTAINABILITY_PLAN_EVIDENCE',
    name: 'Evidence of a sustainability plan',
    description:
      'Share of the sustainability plan components in place (funding, leadership, partnerships, data), as the district documents them.',
    category: IndicatorCategory.SUSTAINABILITY,
    planYears: [5],
    unit: IndicatorUnit.PERCENT,
    direction: HIGHER,
    subgroups: [Subgroup.ALL_STUDENTS],
    conditions: [C.LEADERSHIP_DEVELOPMENT, C.PARTNERSHIPS, C.DATA_SYSTEMS, C.TECHNOLOGY_POLICY],
  },
];
