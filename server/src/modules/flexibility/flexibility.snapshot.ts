import type { EntityManager } from '@mikro-orm/knex';
import { DISTRICT_CONDITION_LABEL, type DistrictCondition } from '@partnerhub/shared';
import { type FundingByGoal, fundingByGoal } from '../funding/index.js';
import { type PlanOutline, planOutline } from '../planning/index.js';
import { type AdoptedVisionText, adoptedVisionText } from '../vision/index.js';
import { FlexibilityApplication, FlexibilityArea } from './flexibility.entities.js';
import {
  AREA_LABEL,
  ASSURANCE_LABEL,
  AssuranceKind,
  type FlexibilityAreaKind,
  FlexibilityAreaStatus,
} from './flexibility.enums.js';
import { schoolYearLabel } from './flexibility.period.js';

/** Everything a submission froze, as plain data: the district's words and the evidence behind them. */
export interface SubmissionContent {
  firstSchoolYear: number;
  areas: {
    area: FlexibilityAreaKind;
    requirement: string;
    justification: string | null;
    status: FlexibilityAreaStatus;
    additional: boolean;
    objectives: string[];
    conditions: string[];
  }[];
  assurances: { kind: AssuranceKind; narrative: string | null }[];
  vision: AdoptedVisionText | null;
  plan: PlanOutline;
  funding: FundingByGoal;
}

/** One section of an application, as lines of text: what reviewers read, compare and comment on. */
export interface Section {
  key: string;
  title: string;
  lines: string[];
}

export function narrativeOf(application: FlexibilityApplication, kind: AssuranceKind): string | null {
  switch (kind) {
    case AssuranceKind.PLANNING_PROCESS:
      return application.planningProcess ?? null;
    case AssuranceKind.IMPLEMENTATION_PLAN:
      return application.implementationPlan ?? null;
    case AssuranceKind.CONTINUOUS_IMPROVEMENT:
      return application.continuousImprovement ?? null;
    case AssuranceKind.FUNDING_ALIGNMENT:
      return application.fundingAlignment ?? null;
  }
}

export function areasOf(em: EntityManager, application: FlexibilityApplication): Promise<FlexibilityArea[]> {
  return em.find(FlexibilityArea, { application }, { orderBy: { position: 'asc', id: 'asc' } });
}

/** The application as it is now, with its evidence read from the vision, plan and funding doors. */
export async function currentContent(
  em: EntityManager,
  application: FlexibilityApplication,
): Promise<SubmissionContent> {
  const districtId = application.district.id;
  const [areas, vision, plan, funding] = await Promise.all([
    areasOf(em, application),
    adoptedVisionText(em, districtId),
    planOutline(em, districtId),
    fundingByGoal(em, districtId),
  ]);
  const objectiveTitles = new Map(plan.goals.flatMap((g) => g.objectives.map((o) => [o.id, o.title])));
  return {
    firstSchoolYear: application.firstSchoolYear,
    areas: areas
      .filter((a) => a.status !== FlexibilityAreaStatus.PROPOSED || a.additional)
      .map((a) => ({
        area: a.area,
        requirement: a.requirement,
        justification: a.justification ?? null,
        status: a.status,
        additional: a.additional,
        objectives: a.objectiveIds.flatMap((id) => objectiveTitles.get(id) ?? []),
        conditions: a.conditions.map((c) => DISTRICT_CONDITION_LABEL[c]),
      })),
    assurances: Object.values(AssuranceKind).map((kind) => ({
      kind,
      narrative: narrativeOf(application, kind),
    })),
    vision,
    plan,
    funding,
  };
}

const usd = (cents: number) =>
  `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

const paragraphs = (text: string | null) => (text ? text.split(/\n+/).filter((l) => l.trim()) : []);

/**
 * The content as sections in a fixed order, one per requested area of flexibility, one per assurance,
 * then the evidence. Section keys stay the same across submissions, so threads and diffs follow them.
 */
export function sectionsOf(content: SubmissionContent): Section[] {
  const sections: Section[] = [
    {
      key: 'period',
      title: 'Period',
      lines: [
        `Year 1: ${schoolYearLabel(content.firstSchoolYear)}; Year 5: ${schoolYearLabel(content.firstSchoolYear + 4)}`,
      ],
    },
  ];
  const kinds = [...new Set(content.areas.map((a) => a.area))];
  for (const kind of kinds)
    sections.push({
      key: `area:${kind}`,
      title: `Area of flexibility: ${AREA_LABEL[kind]}`,
      lines: content.areas
        .filter((a) => a.area === kind)
        .flatMap((a) => [
          `Requirement to waive or modify: ${a.requirement}${a.additional ? ' (additional area)' : ''}`,
          `Status: ${a.status.toLowerCase()}`,
          ...paragraphs(a.justification).map((l) => `Justification: ${l}`),
          ...a.objectives.map((o) => `Serves objective: ${o}`),
          ...a.conditions.map((c) => `Serves condition: ${c}`),
        ]),
    });
  for (const { kind, narrative } of content.assurances)
    sections.push({
      key: `assurance:${kind}`,
      title: `Assurance: ${ASSURANCE_LABEL[kind]}`,
      lines: paragraphs(narrative),
    });
  sections.push({
    key: 'vision',
    title: 'Adopted vision',
    lines: content.vision
      ? [
          `Version ${content.vision.number}: ${content.vision.name}${content.vision.adoptedOn ? `, adopted ${content.vision.adoptedOn}` : ''}`,
          ...content.vision.blocks,
        ]
      : ['No vision adopted yet.'],
  });
  sections.push({
    key: 'plan',
    title: 'Implementation plan',
    lines: content.plan.goals.flatMap((g) => [
      `Goal: ${g.title}`,
      ...g.objectives.map(
        (o) =>
          `  Objective: ${o.title} (${o.status.toLowerCase().replace(/_/g, ' ')}` +
          `${o.planYear ? `, year ${o.planYear}` : ''}${o.dueDate ? `, due ${o.dueDate}` : ''}` +
          `${o.conditions.length ? `; ${o.conditions.map((c) => DISTRICT_CONDITION_LABEL[c as DistrictCondition] ?? c).join(', ')}` : ''})`,
      ),
    ]),
  });
  sections.push({
    key: 'funding',
    title: 'Funding by goal',
    lines: [
      `Total sources ${usd(content.funding.totalAmountCents)}, allocated ${usd(content.funding.totalAllocatedCents)}`,
      ...content.funding.goals.flatMap((g) => [
        `Goal: ${g.title}: ${usd(g.allocatedCents)}`,
        ...g.objectives.map((o) => `  Objective: ${o.title}: ${usd(o.allocatedCents)}`),
      ]),
    ],
  });
  return sections;
}
