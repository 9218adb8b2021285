import type { EntityManager } from '@mikro-orm/core';
import type { DistrictCondition } from '@partnerhub/shared';
import {
  ConditionEvidence,
  ConditionState,
  type ConditionStatus,
  type EvidenceKind,
  ReadinessPublication,
} from '../../modules/conditions/index.js';
import type { District } from '../../modules/organizations/index.js';

interface DemoCondition {
  status: ConditionStatus;
  narrative: string;
  evidence?: { kind: EvidenceKind; title: string; url?: string; date: string; note?: string }[];
}

const DEMO_CONDITIONS: Partial<Record<DistrictCondition, DemoCondition>> = {
  CURRICULUM: {
    status: 'IN_PLACE',
    narrative:
      'K-12 English and mathematics curricula were mapped to the Portrait of a Graduate competencies in 2025-26. Every unit names its learning targets in student-friendly language, and students may show mastery through projects, internships or tests.',
    evidence: [
      {
        kind: 'CURRICULUM_REVIEW',
        title: 'Board review of the competency-aligned curriculum',
        url: 'https://www.mapleridge.k12.oh.us/board/curriculum-review-2026',
        date: '2026-05-12',
        note: 'Adopted 5-0; next full review in spring 2029.',
      },
      { kind: 'DOCUMENT', title: 'Grade 9-12 competency map', date: '2026-03-02' },
    ],
  },
  INSTRUCTION: {
    status: 'EMERGING',
    narrative:
      'Sixty teachers in the two pilot high schools run coaching cycles on student-led learning. Mastery-based progression is in place in grade 9 mathematics and spreads to science next year.',
    evidence: [{ kind: 'OTHER', title: 'Classroom walkthrough summary, fall term', date: '2026-12-01' }],
  },
  ASSESSMENT: {
    status: 'EMERGING',
    narrative:
      'Interim assessments run three times a year; capstone portfolios are scored with a common rubric in the pilot schools. Students may retake end-of-course assessments when ready.',
    evidence: [
      {
        kind: 'ASSESSMENT_SYSTEM',
        title: 'Balanced assessment calendar 2026-27',
        url: 'https://www.mapleridge.k12.oh.us/assessment/calendar',
        date: '2026-08-01',
      },
    ],
  },
  LEARNING_ENVIRONMENTS: {
    status: 'EMERGING',
    narrative:
      'Advisory periods started in every middle and high school. Students earn credit in internships and service learning outside the school walls.',
  },
  PROFESSIONAL_DEVELOPMENT: {
    status: 'IN_PLACE',
    narrative:
      'Job-embedded coaching, micro-credentials and professional learning communities meet weekly; Title II, Part A funds the coaches.',
    evidence: [
      {
        kind: 'PROFESSIONAL_LEARNING_PROGRAM',
        title: 'Instructional coaching program guide',
        url: 'https://www.mapleridge.k12.oh.us/staff/coaching',
        date: '2026-07-15',
      },
    ],
  },
  LEADERSHIP_DEVELOPMENT: {
    status: 'EMERGING',
    narrative:
      'The aspiring principals academy with Ridge State College enrolled its first cohort of twelve teacher leaders.',
  },
  TECHNOLOGY_POLICY: {
    status: 'SUSTAINED',
    narrative:
      'Every student in grades 3-12 has a device; the acceptable use policy allows safe internet access all school day, and hotspots are lent to families without broadband.',
    evidence: [
      {
        kind: 'TECHNOLOGY_ACCESS_POLICY',
        title: 'Board policy 7540.03: student technology access',
        url: 'https://www.mapleridge.k12.oh.us/board/policy-7540-03',
        date: '2025-06-10',
      },
    ],
  },
  PARTNERSHIPS: {
    status: 'IN_PLACE',
    narrative:
      'Employers, the community college and county agencies co-wrote the vision and publish internships, mentoring and service learning on one list with the district.',
    evidence: [
      {
        kind: 'LINK',
        title: 'Published list of learning opportunities',
        url: 'https://www.mapleridge.k12.oh.us/opportunities',
        date: '2026-09-01',
      },
    ],
  },
};

/** Statuses, narratives and evidence for most of the ten conditions, published, unless it has some. */
export async function seedDemoReadiness(
  tx: EntityManager,
  district: District,
  now = new Date(),
): Promise<void> {
  if ((await tx.count(ConditionState, { district })) > 0) return;
  for (const [condition, demo] of Object.entries(DEMO_CONDITIONS) as [DistrictCondition, DemoCondition][]) {
    tx.create(ConditionState, {
      district,
      condition,
      status: demo.status,
      narrative: demo.narrative,
      updatedByName: 'Demo data',
    });
    for (const e of demo.evidence ?? [])
      tx.create(ConditionEvidence, { district, condition, ...e, url: e.url ?? null, note: e.note ?? null });
  }
  const publication =
    (await tx.findOne(ReadinessPublication, { district })) ?? tx.create(ReadinessPublication, { district });
  publication.publishedAt ??= now;
  publication.publishedByName ??= 'Demo data';
  await tx.flush();
}
