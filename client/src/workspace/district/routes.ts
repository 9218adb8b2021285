import type { RouteRecordRaw } from 'vue-router';
import { allowedBy } from '../nav';
import { evaluationRoutes } from '../evaluation/routes';
import { flexibilityRoutes } from '../flexibility/routes';
import { fundingRoutes } from '../funding/routes';
import { districtOpportunityListRoutes } from '../opportunities/routes';
import { districtPartnerRoutes } from '../partners/routes';
import { partnershipRoutes } from '../partnerships/routes';
import { planRoutes } from '../plan/routes';
import { readinessRoutes } from '../readiness/routes';
import { districtVisionRoutes } from '../vision/routes';

/**
 * The sections of a district's workspace (/workspace/d/:districtSlug/…), in navigation order. A route
 * with `meta.nav` gets an entry in the workspace navigation; `meta.nav.visible` hides it from people
 * who cannot use it (the API refuses them anyway).
 *
 * Extension point: plan and funding pages export their own arrays from `workspace/plan/routes.ts` and
 * `workspace/funding/routes.ts` (relative paths like `plan`, `plan/goals/:goalId`, components loaded with
 * `() => import(…)`); import them here and spread them where their entries should appear, e.g. after
 * Partnerships.
 */
export const districtWorkspaceRoutes: RouteRecordRaw[] = [
  {
    path: '',
    name: 'district-overview',
    component: () => import('./DistrictOverviewPage.vue'),
    meta: { nav: { label: 'Overview' } },
  },
  ...districtPartnerRoutes,
  ...partnershipRoutes,
  ...districtOpportunityListRoutes,
  ...planRoutes,
  ...fundingRoutes,
  ...evaluationRoutes,
  ...districtVisionRoutes,
  ...flexibilityRoutes,
  ...readinessRoutes,
  {
    path: 'members',
    name: 'district-members',
    component: () => import('../MembersPage.vue'),
    meta: { nav: { label: 'Members', visible: allowedBy('viewerCanManageMembers') } },
  },
  {
    path: 'api-tokens',
    name: 'district-api-tokens',
    component: () => import('../ApiTokensPage.vue'),
    meta: { nav: { label: 'API tokens', visible: allowedBy('viewerCanManageTokens') } },
  },
  {
    path: 'audit-log',
    name: 'district-audit-log',
    component: () => import('../AuditLogPage.vue'),
    meta: { nav: { label: 'Audit log', visible: allowedBy('viewerCanReadAudit') } },
  },
  {
    path: 'profile',
    name: 'district-profile',
    component: () => import('./DistrictProfilePage.vue'),
    meta: { nav: { label: 'Profile', visible: allowedBy('viewerCanUpdate') } },
  },
];
