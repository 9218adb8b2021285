import type { RouteRecordRaw } from 'vue-router';
import { stateEvaluationRoutes } from '../evaluation/routes';
import { allowedBy } from '../nav';

/**
 * Sections that come first in a state's workspace, before its districts. The state's overview of
 * every district (stage, deadlines, comments) goes here, as its first entry with `path: ''`.
 */
export const stateOverviewRoutes: RouteRecordRaw[] = [
  {
    path: '',
    name: 'state-overview',
    component: () => import('./StateOverviewPage.vue'),
    meta: { nav: { label: 'Overview', visible: allowedBy('viewerCanReadOverview') } },
  },
];

/**
 * The sections of a state agency's workspace (/workspace/s/:state/…, the state's code in lowercase), in
 * navigation order; `meta.nav` as in `district/routes.ts`.
 */
export const stateWorkspaceRoutes: RouteRecordRaw[] = [
  ...stateOverviewRoutes,
  {
    path: stateOverviewRoutes.some((r) => r.path === '') ? 'districts' : '',
    name: 'state-districts',
    component: () => import('./StateDistrictsPage.vue'),
    meta: { nav: { label: 'Districts' } },
  },
  ...stateEvaluationRoutes,
  {
    path: 'criteria',
    name: 'state-criteria',
    component: () => import('./StateCriteriaPage.vue'),
    meta: { nav: { label: 'Provider criteria', visible: allowedBy('viewerCanManageCriteria') } },
  },
  {
    path: 'providers',
    name: 'state-providers',
    component: () => import('@/features/state/StateProvidersPage.vue'),
    meta: { nav: { label: 'Providers', visible: allowedBy('viewerCanReadOverview') } },
  },
  {
    path: 'members',
    name: 'state-members',
    component: () => import('../MembersPage.vue'),
    meta: { nav: { label: 'Members', visible: allowedBy('viewerCanManageMembers') } },
  },
  {
    path: 'settings',
    name: 'state-settings',
    component: () => import('./StateSettingsPage.vue'),
    meta: { nav: { label: 'Settings', visible: allowedBy('viewerCanUpdate') } },
  },
];
