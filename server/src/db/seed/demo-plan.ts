import type { EntityManager } from '@mikro-orm/core';
import type { DistrictCondition } from '@partnerhub/shared';
import {
  FundingAllocation,
  FundingProgram,
  FundingSource,
  type FundingPurpose,
} from '../../modules/funding/index.js';
import { Opportunity } from '../../modules/opportunities/index.js';
import { type District, PartnerOrganization } from '../../modules/organizations/index.js';
import { Partnership } from '../../modules/partnerships/index.js';
import {
  Goal,
  ImplementationPlan,
  Objective,
  ObjectiveCondition,
  ObjectiveListing,
  ObjectiveStatusChange,
  type ObjectiveStatus,
} from '../../modules/planning/index.js';

interface DemoObjective {
  title: string;
  status: ObjectiveStatus;
  planYear: number;
  evidenceTier: number | null;
  conditions: DistrictCondition[];
  responsible: { person: string } | { partner: string };
  /** Cents from Title I, Part A (I) or Title II, Part A (II), with the purpose. */
  funding: { program: 'I' | 'II'; cents: number; purpose: FundingPurpose }[];
  partners?: string[];
  /** Links the district's published listings of these CEDS-mapped types. */
  listingTypes?: string[];
}

const DEMO_GOALS: { title: string; description: string; objectives: DemoObjective[] }[] = [
  {
    title: 'Every student completes a real-world learning experience before graduating',
    description: 'Internships, apprenticeships and mentoring with community partners, with academic credit.',
    objectives: [
      {
        title: 'Place 300 juniors and seniors in credit-bearing internships',
        status: 'ON_TRACK',
        planYear: 1,
        evidenceTier: 2,
        conditions: ['PARTNERSHIPS', 'CURRICULUM'],
        responsible: { person: 'Dana Whitfield, work-based learning coordinator' },
        funding: [{ program: 'I', cents: 180_000_00, purpose: 'WORK_BASED_LEARNING' }],
        partners: ['riverbend-manufacturing', 'maple-county-government'],
        listingTypes: ['PAID_INTERNSHIP', 'UNPAID_INTERNSHIP'],
      },
      {
        title: 'A mentor for every ninth grader in the two pilot schools',
        status: 'AT_RISK',
        planYear: 1,
        evidenceTier: 3,
        conditions: ['STUDENT_SUPPORTS', 'PARTNERSHIPS'],
        responsible: { partner: 'youth-futures-alliance' },
        funding: [{ program: 'I', cents: 95_000_00, purpose: 'MENTORING' }],
        partners: ['youth-futures-alliance'],
        listingTypes: ['MENTORSHIP'],
      },
      {
        title: 'Career pathway nights for families, in English and Spanish',
        status: 'NOT_STARTED',
        planYear: 2,
        evidenceTier: 4,
        conditions: ['STUDENT_SUPPORTS', 'LEARNING_ENVIRONMENTS'],
        responsible: { person: 'Luis Ortega, family engagement lead' },
        funding: [{ program: 'I', cents: 9_000_00, purpose: 'FAMILY_ENGAGEMENT' }],
      },
    ],
  },
  {
    title: 'Educators lead personalized learning',
    description: 'Coaching, leadership pathways and time to plan competency-based instruction.',
    objectives: [
      {
        title: 'Instructional coaching cycles for 60 teachers',
        status: 'ON_TRACK',
        planYear: 1,
        evidenceTier: 1,
        conditions: ['PROFESSIONAL_DEVELOPMENT', 'INSTRUCTION'],
        responsible: { person: 'Priya Natarajan, director of teaching and learning' },
        funding: [{ program: 'II', cents: 150_000_00, purpose: 'PROFESSIONAL_DEVELOPMENT' }],
      },
      {
        title: 'Aspiring principals academy with Ridge State College',
        status: 'NOT_STARTED',
        planYear: 2,
        evidenceTier: 2,
        conditions: ['LEADERSHIP_DEVELOPMENT'],
        responsible: { partner: 'ridge-state-college' },
        funding: [{ program: 'II', cents: 70_000_00, purpose: 'LEADERSHIP_DEVELOPMENT' }],
        partners: ['ridge-state-college'],
      },
    ],
  },
  {
    title: "Data that shows each student's growth",
    description: 'Competency records that advisors, students and families can read.',
    objectives: [
      {
        title: 'Competency dashboards for advisors',
        status: 'DONE',
        planYear: 1,
        evidenceTier: null,
        conditions: ['DATA_SYSTEMS', 'ASSESSMENT'],
        responsible: { person: 'Sam Kowalski, data systems manager' },
        funding: [],
      },
    ],
  },
];

/** The school fiscal year (July to June) that `now` falls in, e.g. FY2027 from July 2026. */
export function demoFiscalYear(now: Date): number {
  return now.getUTCFullYear() + (now.getUTCMonth() >= 6 ? 1 : 0);
}

/**
 * A published implementation plan with Title I, Part A and Title II, Part A funding for the district,
 * unless it already has goals. Needs the demo partners and listings in place (flushed) first.
 */
export async function seedDemoPlan(tx: EntityManager, district: District, now = new Date()): Promise<void> {
  if ((await tx.count(Goal, { district })) > 0) return;
  const fiscalYear = demoFiscalYear(now);
  const source = async (code: string, amountCents: number) => {
    const program = await tx.findOneOrFail(FundingProgram, { code });
    return tx.create(FundingSource, {
      district,
      program,
      fiscalYear,
      amountCents,
      name: `${program.name} FY${fiscalYear}`,
    });
  };
  const sources = { I: await source('TITLE_I_A', 1_250_000_00), II: await source('TITLE_II_A', 310_000_00) };
  const listings = await tx.find(Opportunity, { district }, { fields: ['listingId', 'type'] });
  for (const [g, demo] of DEMO_GOALS.entries()) {
    const goal = tx.create(Goal, { district, title: demo.title, description: demo.description, position: g });
    for (const [o, d] of demo.objectives.entries()) {
      const partner =
        'partner' in d.responsible
          ? await tx.findOneOrFail(PartnerOrganization, { slug: d.responsible.partner })
          : null;
      const objective = tx.create(Objective, {
        district,
        goal,
        title: d.title,
        position: o,
        status: d.status,
        planYear: d.planYear,
        evidenceTier: d.evidenceTier,
        startDate: `${fiscalYear - 1}-08-01`,
        dueDate: `${fiscalYear - 1 + d.planYear}-06-30`,
        responsiblePerson: 'person' in d.responsible ? d.responsible.person : null,
        responsiblePartner: partner,
      });
      for (const condition of d.conditions) tx.create(ObjectiveCondition, { objective, condition });
      tx.create(ObjectiveStatusChange, {
        objective,
        status: d.status,
        changedAt: now,
        changedByName: 'Demo data',
      });
      for (const slug of d.partners ?? []) {
        const partnership = await tx.findOne(Partnership, { district, partner: { slug } });
        if (partnership) objective.partnerships.add(partnership);
      }
      const linked = new Set(
        listings.filter((l) => d.listingTypes?.includes(l.type)).map((l) => l.listingId),
      );
      for (const listingId of [...linked].slice(0, 3)) tx.create(ObjectiveListing, { objective, listingId });
      for (const f of d.funding)
        tx.create(FundingAllocation, {
          district,
          source: sources[f.program],
          objective,
          amountCents: f.cents,
          purpose: f.purpose,
        });
    }
  }
  const plan =
    (await tx.findOne(ImplementationPlan, { district })) ?? tx.create(ImplementationPlan, { district });
  plan.publishedAt ??= now;
  plan.publishedByName ??= 'Demo data';
  await tx.flush();
}
