import type { EntityManager } from '@mikro-orm/knex';
import { DistrictCondition, ErrorCode } from '@partnerhub/shared';
import { toGlobalId, idOfType } from '../../graphql/global-id.js';
import { InputChecks } from '../../graphql/input-checks.js';
import { staleErrors, userError } from '../../graphql/user-errors.js';
import { type AuditFacts, recordAudit, saveAudited } from '../audit/index.js';
import type { District } from '../organizations/index.js';
import { Objective } from '../planning/index.js';
import { FlexibilityApplication, FlexibilityArea } from './flexibility.entities.js';
import { AssuranceKind, FlexibilityAreaStatus, FlexibilityStage } from './flexibility.enums.js';
import type {
  CreateFlexibilityAreaInput,
  DeleteFlexibilityAreaInput,
  StartFlexibilityApplicationInput,
  UpdateFlexibilityApplicationInput,
  UpdateFlexibilityAreaInput,
} from './flexibility.inputs.js';
import type {
  DeleteFlexibilityAreaPayload,
  FlexibilityApplicationPayload,
  FlexibilityAreaPayload,
} from './flexibility.types.js';

const MAX_AREAS = 25;
const MAX_NARRATIVE = 20_000;
const NARRATIVE_COLUMN = {
  [AssuranceKind.PLANNING_PROCESS]: 'planningProcess',
  [AssuranceKind.IMPLEMENTATION_PLAN]: 'implementationPlan',
  [AssuranceKind.CONTINUOUS_IMPROVEMENT]: 'continuousImprovement',
  [AssuranceKind.FUNDING_ALIGNMENT]: 'fundingAlignment',
} as const;

function checkFirstYear(check: InputChecks, value: number): number | null {
  if (!Number.isInteger(value) || value < 2000 || value > 2100) {
    check.fail('firstSchoolYear', 'Enter the calendar year Year 1 begins, e.g. 2027 for 2027-28.');
    return null;
  }
  return value;
}

/** Opens the district's application as a draft; a district has one. Audited. */
export async function startApplication({
  em,
  audit,
  district,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  district: District;
  input: StartFlexibilityApplicationInput;
}): Promise<FlexibilityApplicationPayload> {
  const check = new InputChecks();
  const firstSchoolYear = checkFirstYear(check, input.firstSchoolYear);
  if (!check.ok || firstSchoolYear === null) return { application: null, userErrors: check.errors };
  if (await em.count(FlexibilityApplication, { district }))
    return {
      application: null,
      userErrors: [userError('districtId', 'This district already has an application.', ErrorCode.TAKEN)],
    };
  const application = await em.transactional(async (tx) => {
    const created = tx.create(FlexibilityApplication, { district, firstSchoolYear });
    await tx.flush();
    recordAudit(tx, audit, {
      action: 'flexibility.start',
      target: { type: 'FlexibilityApplication', id: created.id },
      districtId: district.id,
      changes: { firstSchoolYear: { from: null, to: firstSchoolYear } },
    });
    return created;
  });
  return { application, userErrors: [] };
}

/** Changes the period (before anything was submitted) and the assurance narratives; audited. */
export async function updateApplication({
  em,
  audit,
  application,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  application: FlexibilityApplication;
  input: UpdateFlexibilityApplicationInput;
}): Promise<FlexibilityApplicationPayload> {
  const check = new InputChecks();
  const changes: Partial<FlexibilityApplication> = {};
  if (input.firstSchoolYear != null) {
    if (application.stage !== FlexibilityStage.DRAFT)
      check.fail('firstSchoolYear', 'The period is fixed once the application was submitted.');
    else
      changes.firstSchoolYear = checkFirstYear(check, input.firstSchoolYear) ?? application.firstSchoolYear;
  }
  const assurances = input.assurances ?? [];
  if (new Set(assurances.map((a) => a.kind)).size !== assurances.length)
    check.fail('assurances', 'Give each assurance at most once.');
  assurances.forEach((a, i) => {
    const column = NARRATIVE_COLUMN[a.kind];
    changes[column] = check.text(`assurances.${i}.narrative`, a.narrative, { max: MAX_NARRATIVE });
  });
  if (!check.ok) return { application: null, userErrors: check.errors };
  const userErrors = await saveAudited(em, audit, {
    entity: application,
    version: input.version,
    changes,
    record: {
      action: 'flexibility.update',
      target: { type: 'FlexibilityApplication', id: application.id },
      districtId: application.district.id,
    },
  });
  return userErrors.length ? { application: null, userErrors } : { application, userErrors: [] };
}

interface AreaValues {
  requirement?: string;
  justification?: string | null;
  objectiveIds?: number[];
  conditions?: DistrictCondition[];
}

/** Checks an area's fields; objectives must be the district's own. */
async function checkArea(
  em: EntityManager,
  districtId: number,
  input: CreateFlexibilityAreaInput | UpdateFlexibilityAreaInput,
  check: InputChecks,
  creating: boolean,
): Promise<AreaValues> {
  const values: AreaValues = {};
  if (creating || input.requirement !== undefined)
    values.requirement = check.text('requirement', input.requirement, { max: 500, required: true }) ?? '';
  if (input.justification !== undefined)
    values.justification = check.text('justification', input.justification, { max: MAX_NARRATIVE });
  if (input.objectiveIds != null) {
    if (input.objectiveIds.length > 100) check.fail('objectiveIds', 'Link at most 100 objectives.');
    const ids = [...new Set(input.objectiveIds.map((id) => idOfType(id, 'Objective') ?? -1))];
    const found = ids.includes(-1)
      ? 0
      : await em.count(Objective, { id: { $in: ids }, district: districtId });
    if (found !== ids.length) check.fail('objectiveIds', 'Link objectives of this district’s plan only.');
    values.objectiveIds = ids.sort((a, b) => a - b);
  }
  if (input.conditions != null) {
    const valid = new Set<string>(Object.values(DistrictCondition));
    if (input.conditions.some((c) => !valid.has(c))) check.fail('conditions', 'Unknown district condition.');
    values.conditions = [...new Set(input.conditions)];
  }
  return values;
}

const DECIDED: readonly FlexibilityAreaStatus[] = [
  FlexibilityAreaStatus.GRANTED,
  FlexibilityAreaStatus.DENIED,
];

/**
 * Adds an area of flexibility. Once the plan is approved, a new area is an additional one: proposed
 * until the district submits it for the state's decision. Audited.
 */
export async function createArea({
  em,
  audit,
  application,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  application: FlexibilityApplication;
  input: CreateFlexibilityAreaInput;
}): Promise<FlexibilityAreaPayload> {
  const check = new InputChecks();
  const values = await checkArea(em, application.district.id, input, check, true);
  const additional = application.stage === FlexibilityStage.APPROVED;
  if (
    !additional &&
    ![FlexibilityStage.DRAFT, FlexibilityStage.CONDITIONALLY_APPROVED, FlexibilityStage.RETURNED].includes(
      application.stage as never,
    )
  )
    check.fail(null, 'Areas can be added while the district prepares a submission, or once it is approved.');
  if (!check.ok) return { area: null, userErrors: check.errors };
  if ((await em.count(FlexibilityArea, { application })) >= MAX_AREAS)
    return { area: null, userErrors: [userError(null, `An application holds at most ${MAX_AREAS} areas.`)] };
  const area = await em.transactional(async (tx) => {
    const last = await tx.findOne(FlexibilityArea, { application }, { orderBy: { position: 'desc' } });
    const created = tx.create(FlexibilityArea, {
      application,
      area: input.area,
      requirement: values.requirement!,
      justification: values.justification ?? null,
      objectiveIds: values.objectiveIds ?? [],
      conditions: values.conditions ?? [],
      status: additional ? FlexibilityAreaStatus.PROPOSED : FlexibilityAreaStatus.REQUESTED,
      additional,
      position: (last?.position ?? -1) + 1,
    });
    await tx.flush();
    recordAudit(tx, audit, {
      action: 'flexibility.area.create',
      target: { type: 'FlexibilityArea', id: created.id },
      districtId: application.district.id,
      changes: {
        area: { from: null, to: input.area },
        requirement: { from: null, to: created.requirement },
        additional: { from: null, to: additional },
      },
    });
    return created;
  });
  return { area, userErrors: [] };
}

/** Changes an area the state has not granted or denied; audited. */
export async function updateArea({
  em,
  audit,
  area,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  area: FlexibilityArea;
  input: UpdateFlexibilityAreaInput;
}): Promise<FlexibilityAreaPayload> {
  if (DECIDED.includes(area.status))
    return { area: null, userErrors: [userError(null, 'The state decided on this area; it is on record.')] };
  const check = new InputChecks();
  const districtId = await districtOf(em, area);
  const values = await checkArea(em, districtId, input, check, false);
  if (!check.ok) return { area: null, userErrors: check.errors };
  const changes: Partial<FlexibilityArea> = { ...values };
  if (input.area) changes.area = input.area;
  const userErrors = await saveAudited(em, audit, {
    entity: area,
    version: input.version,
    changes,
    record: {
      action: 'flexibility.area.update',
      target: { type: 'FlexibilityArea', id: area.id },
      districtId,
    },
  });
  return userErrors.length ? { area: null, userErrors } : { area, userErrors: [] };
}

/** Removes an area the state has not granted or denied; audited. */
export async function deleteArea({
  em,
  audit,
  area,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  area: FlexibilityArea;
  input: DeleteFlexibilityAreaInput;
}): Promise<DeleteFlexibilityAreaPayload> {
  if (area.version !== input.version) return { deletedId: null, userErrors: staleErrors() };
  if (DECIDED.includes(area.status))
    return {
      deletedId: null,
      userErrors: [userError(null, 'The state decided on this area; it is on record.')],
    };
  const districtId = await districtOf(em, area);
  await em.transactional(async (tx) => {
    recordAudit(tx, audit, {
      action: 'flexibility.area.delete',
      target: { type: 'FlexibilityArea', id: area.id },
      districtId,
      changes: { requirement: { from: area.requirement, to: null } },
    });
    tx.remove(area);
    await tx.flush();
  });
  return { deletedId: toGlobalId('FlexibilityArea', area.id), userErrors: [] };
}

/** The district an area belongs to. */
export async function districtOf(em: EntityManager, area: FlexibilityArea): Promise<number> {
  const application = await em.findOneOrFail(FlexibilityApplication, area.application.id);
  return application.district.id;
}
