import type { EntityManager } from '@mikro-orm/core';
import { Subgroup } from '@partnerhub/shared';
import {
  EvaluationSetting,
  Indicator,
  IndicatorTarget,
  IndicatorValue,
} from '../../modules/evaluation/index.js';
import type { District } from '../../modules/organizations/index.js';
import { Objective } from '../../modules/planning/index.js';
import { demoFiscalYear } from './demo-plan.js';

const S = Subgroup;

/** Year 1 attendance for 9,400 students: [subgroup, n, rate]; two race groups are small cells. */
const ATTENDANCE: [Subgroup, number, number][] = [
  [S.ALL_STUDENTS, 9400, 93.1],
  [S.AMERICAN_INDIAN_OR_ALASKA_NATIVE, 6, 88.4],
  [S.ASIAN, 470, 95.6],
  [S.BLACK_OR_AFRICAN_AMERICAN, 1880, 91.2],
  [S.HISPANIC_OR_LATINO, 1410, 92.0],
  [S.NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER, 8, 90.5],
  [S.WHITE, 5170, 93.9],
  [S.TWO_OR_MORE_RACES, 456, 92.4],
  [S.ECONOMICALLY_DISADVANTAGED, 4230, 90.8],
  [S.NOT_ECONOMICALLY_DISADVANTAGED, 5170, 95.0],
  [S.STUDENTS_WITH_DISABILITIES, 1316, 89.7],
  [S.STUDENTS_WITHOUT_DISABILITIES, 8084, 93.7],
  [S.ENGLISH_LEARNERS, 752, 91.5],
  [S.NOT_ENGLISH_LEARNERS, 8648, 93.2],
];

/** Year 1 student engagement survey (1-5) of 3,100 respondents. */
const ENGAGEMENT: [Subgroup, number, number][] = [
  [S.ALL_STUDENTS, 3100, 3.4],
  [S.AMERICAN_INDIAN_OR_ALASKA_NATIVE, 2, 3.0],
  [S.ASIAN, 160, 3.6],
  [S.BLACK_OR_AFRICAN_AMERICAN, 610, 3.3],
  [S.HISPANIC_OR_LATINO, 470, 3.4],
  [S.NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER, 3, 3.7],
  [S.WHITE, 1700, 3.4],
  [S.TWO_OR_MORE_RACES, 155, 3.2],
  [S.ECONOMICALLY_DISADVANTAGED, 1390, 3.2],
  [S.NOT_ECONOMICALLY_DISADVANTAGED, 1710, 3.5],
  [S.STUDENTS_WITH_DISABILITIES, 420, 3.1],
  [S.STUDENTS_WITHOUT_DISABILITIES, 2680, 3.4],
  [S.ENGLISH_LEARNERS, 240, 3.3],
  [S.NOT_ENGLISH_LEARNERS, 2860, 3.4],
];

/**
 * Year 1 evaluation values of the district (attendance and student engagement by subgroup, small
 * cells included), targets linked to its first objectives, and its summary published. Skipped when
 * the district has values already.
 */
export async function seedDemoEvaluation(tx: EntityManager, district: District, now = new Date()) {
  if ((await tx.count(IndicatorValue, { district })) > 0) return;
  const schoolYear = demoFiscalYear(now) - 1;
  const indicator = (code: string) => tx.findOneOrFail(Indicator, { scopeKey: '', code });
  const attendance = await indicator('ATTENDANCE_RATE');
  const engagement = await indicator('STUDENT_ENGAGEMENT_SURVEY');
  const source = 'Student information system, end of year';
  for (const [subgroup, n, value] of ATTENDANCE)
    tx.create(IndicatorValue, { district, indicator: attendance, schoolYear, subgroup, n, value, source });
  for (const [subgroup, n, value] of ENGAGEMENT)
    tx.create(IndicatorValue, {
      district,
      indicator: engagement,
      schoolYear,
      subgroup,
      n,
      value,
      source: 'Spring student survey',
    });
  const objectives = await tx.find(
    Objective,
    { district },
    { orderBy: { goal: { position: 'asc' }, position: 'asc' } },
  );
  const linked = objectives.slice(0, 2).map((o) => o.id);
  tx.create(IndicatorTarget, {
    district,
    indicator: attendance,
    schoolYear,
    value: 95,
    objectiveIds: linked,
  });
  tx.create(IndicatorTarget, {
    district,
    indicator: attendance,
    schoolYear,
    subgroup: S.STUDENTS_WITH_DISABILITIES,
    value: 92,
    objectiveIds: linked.slice(0, 1),
  });
  tx.create(IndicatorTarget, {
    district,
    indicator: engagement,
    schoolYear,
    value: 3.6,
    objectiveIds: linked.slice(1),
  });
  if (!(await tx.findOne(EvaluationSetting, { district })))
    tx.create(EvaluationSetting, { district, publishedAt: now });
  await tx.flush();
}
