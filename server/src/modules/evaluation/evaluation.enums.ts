import { IndicatorCategory, IndicatorDirection, IndicatorUnit, Subgroup } from '@partnerhub/shared';
import { registerEnumType } from 'type-graphql';

/** Whether a cell is shown; one reason for every withheld cell, so the reason itself leaks nothing. */
export const CellSuppression = {
  NONE: 'NONE',
  SUPPRESSED: 'SUPPRESSED',
} as const;
export type CellSuppression = (typeof CellSuppression)[keyof typeof CellSuppression];

let registered = false;

/** Declares the evaluation vocabularies as GraphQL enums (once per process). */
export function registerEvaluationEnums(): void {
  if (registered) return;
  registered = true;
  registerEnumType(IndicatorCategory, {
    name: 'IndicatorCategory',
    description: 'Culture (Years 1-2), student performance (Years 3-5), sustainability (Year 5).',
  });
  registerEnumType(IndicatorUnit, {
    name: 'IndicatorUnit',
    description:
      'RATE and PERCENT take 0 to 100; COUNT a whole number from 0; SCALE_SCORE a number from 0; MEAN_SURVEY_SCORE 1 to 5.',
  });
  registerEnumType(IndicatorDirection, { name: 'IndicatorDirection' });
  registerEnumType(Subgroup, {
    name: 'Subgroup',
    description:
      'A subgroup of students: all students, the federal seven race/ethnicity categories, economic disadvantage, disability and English learner status.',
  });
  registerEnumType(CellSuppression, {
    name: 'CellSuppression',
    description:
      'SUPPRESSED: the value and n are withheld, because the cell has too few students or because it would reveal one that has.',
  });
}
