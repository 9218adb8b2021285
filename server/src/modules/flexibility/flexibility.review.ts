import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '@partnerhub/shared';
import { LockMode } from '@mikro-orm/core';
import { assertCurrent, withStaleCheck } from '../../db/optimistic.js';
import type { Context } from '../../graphql/context.js';
import { idOfType } from '../../graphql/global-id.js';
import { InputChecks } from '../../graphql/input-checks.js';
import { staleErrors, userError } from '../../graphql/user-errors.js';
import { recordAudit } from '../audit/index.js';
import { can } from '../access/index.js';
import { NotificationKind, notify } from '../notifications/index.js';
import { District } from '../organizations/index.js';
import {
  FlexibilityApplication,
  FlexibilityArea,
  FlexibilityDecision,
  FlexibilitySubmission,
} from './flexibility.entities.js';
import {
  DECISION_LABEL,
  DecisionKind,
  FlexibilityAreaStatus,
  FlexibilityStage,
  SubmissionKind,
} from './flexibility.enums.js';
import type {
  DecideFlexibilityApplicationInput,
  SubmitFlexibilityApplicationInput,
} from './flexibility.inputs.js';
import { areasOf, currentContent } from './flexibility.snapshot.js';
import type {
  DecideFlexibilityApplicationPayload,
  SubmitFlexibilityApplicationPayload,
} from './flexibility.types.js';

/** The kind of the newest submission other than additional areas: what a return sends back. */
export async function returnedKind(em: EntityManager, applicationId: number): Promise<SubmissionKind | null> {
  const last = await em.findOne(
    FlexibilitySubmission,
    { application: applicationId, kind: { $ne: SubmissionKind.ADDITIONAL_AREA } },
    { orderBy: { number: 'desc' }, fields: ['kind'] },
  );
  return last?.kind ?? null;
}

/** The stage a submission of that kind moves the application to, or why it cannot be made now. */
function stageAfterSubmission(
  stage: FlexibilityStage,
  kind: SubmissionKind,
  returned: SubmissionKind | null,
): FlexibilityStage | { error: string } {
  const fromReturn = stage === FlexibilityStage.RETURNED && returned === kind;
  switch (kind) {
    case SubmissionKind.APPLICATION:
      return stage === FlexibilityStage.DRAFT || fromReturn
        ? FlexibilityStage.APPLIED
        : { error: 'The application for conditional approval is submitted from a draft or after a return.' };
    case SubmissionKind.IMPLEMENTATION_PLAN:
      return stage === FlexibilityStage.CONDITIONALLY_APPROVED || fromReturn
        ? FlexibilityStage.PLAN_SUBMITTED
        : { error: 'The implementation plan is submitted once the application is conditionally approved.' };
    case SubmissionKind.SUSTAINABILITY_PLAN:
      return stage === FlexibilityStage.APPROVED || fromReturn
        ? FlexibilityStage.SUSTAINABILITY_PLAN_SUBMITTED
        : { error: 'The sustainability plan is submitted once the implementation plan is approved.' };
    case SubmissionKind.ADDITIONAL_AREA:
      return stage === FlexibilityStage.APPROVED
        ? stage
        : { error: 'Additional areas are requested during implementation, once the plan is approved.' };
  }
}

/**
 * Submits the application to the state: freezes what it holds now, with the adopted vision, the plan
 * and the funding report, into a new numbered snapshot that never changes, and moves the stage on.
 * Audited; the state agency's staff see it in the district's workspace.
 */
export async function submitApplication(
  ctx: Context,
  application: FlexibilityApplication,
  input: SubmitFlexibilityApplicationInput,
): Promise<SubmitFlexibilityApplicationPayload> {
  const stageAfter = stageAfterSubmission(
    application.stage,
    input.kind,
    await returnedKind(ctx.em, application.id),
  );
  if (typeof stageAfter === 'object')
    return { application: null, submission: null, userErrors: [userError('kind', stageAfter.error)] };
  const areas = await areasOf(ctx.em, application);
  if (input.kind === SubmissionKind.ADDITIONAL_AREA) {
    if (!areas.some((a) => a.additional && waitsForSubmission(a.status)))
      return {
        application: null,
        submission: null,
        userErrors: [userError('kind', 'Add the additional area you ask for first.')],
      };
  } else if (input.kind === SubmissionKind.APPLICATION && !areas.some((a) => !a.additional))
    return {
      application: null,
      submission: null,
      userErrors: [userError('kind', 'Request at least one area of flexibility first.')],
    };
  const stageBefore = application.stage;
  // Read before the transaction: the funding report reads through its own connection, which SQLite's
  // single writer would keep waiting behind this transaction.
  const content = await currentContent(ctx.em, application);
  if (input.kind === SubmissionKind.ADDITIONAL_AREA)
    for (const area of content.areas)
      if (area.additional && waitsForSubmission(area.status)) area.status = FlexibilityAreaStatus.REQUESTED;
  return withStaleCheck<SubmitFlexibilityApplicationPayload>(
    ctx.em,
    async (tx) => {
      const locked = await tx.findOneOrFail(
        FlexibilityApplication,
        { id: application.id },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      );
      assertCurrent(locked, input.version);
      if (input.kind === SubmissionKind.ADDITIONAL_AREA)
        for (const area of await areasOf(tx, locked))
          if (area.additional && waitsForSubmission(area.status))
            area.status = FlexibilityAreaStatus.REQUESTED;
      locked.stage = stageAfter;
      locked.updatedAt = new Date();
      const last = await tx.findOne(
        FlexibilitySubmission,
        { application: locked },
        { orderBy: { number: 'desc' } },
      );
      const submission = tx.create(FlexibilitySubmission, {
        application: locked,
        number: (last?.number ?? 0) + 1,
        kind: input.kind,
        content,
        submittedByUserId: ctx.viewer.userId,
        submittedByName: ctx.viewer.label.slice(0, 300),
      });
      await tx.flush();
      recordAudit(tx, ctx, {
        action: 'flexibility.submit',
        target: { type: 'FlexibilityApplication', id: locked.id },
        districtId: locked.district.id,
        changes: {
          stage: { from: stageBefore, to: stageAfter },
          submission: { from: null, to: submission.number },
          kind: { from: null, to: input.kind },
        },
      });
      await tx.flush();
      return { application: locked, submission, userErrors: [] };
    },
    () => ({ application: null, submission: null, userErrors: staleErrors() }),
  );
}

const waitsForSubmission = (status: FlexibilityAreaStatus) =>
  status === FlexibilityAreaStatus.PROPOSED || status === FlexibilityAreaStatus.RETURNED;

/** The stage a decision moves the application to, or why it does not fit the stage. */
function stageAfterDecision(
  stage: FlexibilityStage,
  kind: DecisionKind,
): FlexibilityStage | { error: string } {
  switch (kind) {
    case DecisionKind.CONDITIONAL_APPROVAL:
      return stage === FlexibilityStage.APPLIED
        ? FlexibilityStage.CONDITIONALLY_APPROVED
        : { error: 'Conditional approval answers an application awaiting it.' };
    case DecisionKind.APPROVAL:
      if (stage === FlexibilityStage.PLAN_SUBMITTED) return FlexibilityStage.APPROVED;
      if (stage === FlexibilityStage.SUSTAINABILITY_PLAN_SUBMITTED) return FlexibilityStage.COMPLETED;
      return { error: 'Approval answers a submitted implementation or sustainability plan.' };
    case DecisionKind.RETURN_FOR_REVISION:
      return stage === FlexibilityStage.APPLIED ||
        stage === FlexibilityStage.PLAN_SUBMITTED ||
        stage === FlexibilityStage.SUSTAINABILITY_PLAN_SUBMITTED
        ? FlexibilityStage.RETURNED
        : { error: 'Only a submission awaiting a decision can be returned.' };
    case DecisionKind.ADDITIONAL_AREA_APPROVAL:
    case DecisionKind.ADDITIONAL_AREA_RETURN:
      return stage === FlexibilityStage.APPROVED || stage === FlexibilityStage.SUSTAINABILITY_PLAN_SUBMITTED
        ? stage
        : { error: 'Additional areas are decided during implementation.' };
  }
}

const RETURNS: readonly DecisionKind[] = [
  DecisionKind.RETURN_FOR_REVISION,
  DecisionKind.ADDITIONAL_AREA_RETURN,
];
const AREA_DECISIONS: readonly DecisionKind[] = [
  DecisionKind.ADDITIONAL_AREA_APPROVAL,
  DecisionKind.ADDITIONAL_AREA_RETURN,
];

/**
 * Records the state's decision with its reviewer, date and rationale, moves the stage and the areas
 * it concerns, and e-mails the district's admins. Decisions are public. Audited.
 */
export async function decideApplication(
  ctx: Context,
  application: FlexibilityApplication,
  input: DecideFlexibilityApplicationInput,
): Promise<DecideFlexibilityApplicationPayload> {
  const fail = (field: string | null, message: string): DecideFlexibilityApplicationPayload => ({
    application: null,
    decision: null,
    userErrors: [userError(field, message)],
  });
  const check = new InputChecks();
  const rationale = check.text('rationale', input.rationale, {
    max: 20_000,
    required: true,
    multiline: true,
  });
  const requiredChanges = check.text('requiredChanges', input.requiredChanges, {
    max: 20_000,
    required: RETURNS.includes(input.kind),
    multiline: true,
  });
  if (!check.ok) return { application: null, decision: null, userErrors: check.errors };
  const stageAfter = stageAfterDecision(application.stage, input.kind);
  if (typeof stageAfter === 'object') return fail('kind', stageAfter.error);
  const areas = await areasOf(ctx.em, application);
  let decidedArea: FlexibilityArea | null = null;
  if (AREA_DECISIONS.includes(input.kind)) {
    const id = input.areaId ? idOfType(input.areaId, 'FlexibilityArea') : null;
    decidedArea = areas.find((a) => a.id === id && a.additional) ?? null;
    if (!decidedArea || decidedArea.status !== FlexibilityAreaStatus.REQUESTED)
      return fail('areaId', 'Name an additional area the district requested.');
  }
  const deniedIds = new Set<number>();
  for (const [i, globalId] of (input.deniedAreaIds ?? []).entries()) {
    const id = idOfType(globalId, 'FlexibilityArea');
    const area = areas.find(
      (a) => a.id === id && !a.additional && a.status === FlexibilityAreaStatus.REQUESTED,
    );
    if (!area || input.kind !== DecisionKind.APPROVAL)
      return fail(`deniedAreaIds.${i}`, 'Not a requested area.');
    deniedIds.add(area.id);
  }
  const stageBefore = application.stage;
  const payload = await withStaleCheck<DecideFlexibilityApplicationPayload>(
    ctx.em,
    async (tx) => {
      const locked = await tx.findOneOrFail(
        FlexibilityApplication,
        { id: application.id },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      );
      assertCurrent(locked, input.version);
      const areaChanges: Record<string, { from: unknown; to: unknown }> = {};
      const setStatus = (area: FlexibilityArea, status: FlexibilityAreaStatus) => {
        areaChanges[`area:${area.id}`] = { from: area.status, to: status };
        area.status = status;
      };
      const current = await areasOf(tx, locked);
      if (input.kind === DecisionKind.APPROVAL && stageBefore === FlexibilityStage.PLAN_SUBMITTED)
        for (const area of current)
          if (!area.additional && area.status === FlexibilityAreaStatus.REQUESTED)
            setStatus(
              area,
              deniedIds.has(area.id) ? FlexibilityAreaStatus.DENIED : FlexibilityAreaStatus.GRANTED,
            );
      const area = decidedArea && current.find((a) => a.id === decidedArea.id);
      if (area)
        setStatus(
          area,
          input.kind === DecisionKind.ADDITIONAL_AREA_APPROVAL
            ? FlexibilityAreaStatus.GRANTED
            : FlexibilityAreaStatus.RETURNED,
        );
      locked.stage = stageAfter;
      locked.updatedAt = new Date();
      const submission = await tx.findOne(
        FlexibilitySubmission,
        { application: locked },
        { orderBy: { number: 'desc' }, fields: ['id', 'number'] },
      );
      const decision = tx.create(FlexibilityDecision, {
        application: locked,
        submission: submission?.id ?? null,
        area: area ?? null,
        kind: input.kind,
        stageBefore,
        stageAfter,
        rationale: rationale!,
        requiredChanges,
        decidedByUserId: ctx.viewer.userId,
        decidedByName: ctx.viewer.label.slice(0, 300),
      });
      await tx.flush();
      recordAudit(tx, ctx, {
        action: 'flexibility.decide',
        target: { type: 'FlexibilityApplication', id: locked.id },
        districtId: locked.district.id,
        changes: {
          decision: { from: null, to: input.kind },
          stage: { from: stageBefore, to: stageAfter },
          rationale: { from: null, to: rationale },
          ...(requiredChanges ? { requiredChanges: { from: null, to: requiredChanges } } : {}),
          ...areaChanges,
        },
      });
      await tx.flush();
      return { application: locked, decision, userErrors: [] };
    },
    () => ({ application: null, decision: null, userErrors: staleErrors() }),
  );
  if (payload.decision) await notifyDecision(ctx, application.district.id, payload.decision);
  return payload;
}

/**
 * Tells the district's admins about a decision, in the app and by e-mail as each chose. A notice that
 * cannot be recorded is logged and does not undo the decision: it is on the district's page and in
 * its workspace too.
 */
async function notifyDecision(
  ctx: Context,
  districtId: number,
  decision: FlexibilityDecision,
): Promise<void> {
  try {
    const district = await ctx.em.findOneOrFail(District, districtId);
    await notify(ctx.em, {
      kind: NotificationKind.FLEXIBILITY_DECISION,
      title: `${DECISION_LABEL[decision.kind]}: ${district.name}'s flexibility application`,
      body: [
        `The state recorded a decision on ${district.name}'s flexibility application: ${DECISION_LABEL[decision.kind]} (by ${decision.decidedByName}).`,
        `Rationale:\n${decision.rationale}`,
        ...(decision.requiredChanges ? [`Required changes:\n${decision.requiredChanges}`] : []),
      ].join('\n\n'),
      path: `/workspace/d/${district.slug}/flexibility`,
      dedupeKey: `flexibility-decision:${decision.id}`,
      audiences: [{ districtId, roles: [Role.DISTRICT_ADMIN] }],
      mayRead: (viewer) => can(viewer, 'flexibility:read', { districtId }),
      actorUserId: ctx.viewer.userId,
    });
  } catch (error) {
    ctx.log.error({ err: error }, 'flexibility decision notifications could not be recorded');
  }
}
