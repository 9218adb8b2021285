import { FlexibilityStage } from './flexibility.enums.js';

/** A date the district must meet, shown alike to the district and its state. */
export interface Deadline {
  label: string;
  /** YYYY-MM-DD */
  date: string;
}

/**
 * The framework's calendar, in one place. Year N is the school year that begins July 1 of
 * `firstSchoolYear + N - 1` and ends June 30 of the next calendar year. The application is due before
 * Year 1 begins; the comprehensive implementation plan by the end of Year 1 (planning and
 * development), so that implementation starts with Year 2; the sustainability plan by the end of
 * Year 5.
 */
export function yearEnd(firstSchoolYear: number, year: number): string {
  return `${firstSchoolYear + year}-06-30`;
}

export function deadlinesOf(firstSchoolYear: number): Deadline[] {
  return [
    { label: 'Application for conditional approval', date: `${firstSchoolYear}-06-30` },
    { label: 'Comprehensive implementation plan', date: yearEnd(firstSchoolYear, 1) },
    { label: 'Sustainability plan', date: yearEnd(firstSchoolYear, 5) },
  ];
}

/** The deadline the district works toward in its stage; null while the state decides, and after. */
export function nextDeadline(
  firstSchoolYear: number,
  stage: FlexibilityStage,
  returnedKind: 'APPLICATION' | 'PLAN' | 'SUSTAINABILITY' | null,
): Deadline | null {
  const [application, plan, sustainability] = deadlinesOf(firstSchoolYear);
  switch (stage) {
    case FlexibilityStage.DRAFT:
      return application!;
    case FlexibilityStage.CONDITIONALLY_APPROVED:
      return plan!;
    case FlexibilityStage.APPROVED:
      return sustainability!;
    case FlexibilityStage.RETURNED:
      return returnedKind === 'APPLICATION'
        ? application!
        : returnedKind === 'PLAN'
          ? plan!
          : sustainability!;
    default:
      return null;
  }
}

/** "2027-28". */
export function schoolYearLabel(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** Which year (1-5) of the period a date falls in; null before or after the period. */
export function periodYear(firstSchoolYear: number, today = new Date()): number | null {
  const iso = today.toISOString().slice(0, 10);
  for (let year = 1; year <= 5; year++) {
    if (iso >= `${firstSchoolYear + year - 1}-07-01` && iso <= yearEnd(firstSchoolYear, year)) return year;
  }
  return null;
}
