import type { RouteRecordRaw } from 'vue-router';
import { allowedBy } from '../nav';
import { partnerOpportunityListRoutes } from '../opportunities/routes';
import { partnerVisionRoutes } from '../vision/routes';

/**
 * The sections of a partner organization's workspace (/workspace/p/:partnerSlug/…), in navigation
 * order; `meta.nav` works as in `district/routes.ts`.
 */
export const partnerWorkspaceRoutes: RouteRecordRaw[] = [
  {
    path: '',
    name: 'partner-overview',
    component: () => import('./PartnerOverviewPage.vue'),
    meta: { nav: { label: 'Overview' } },
  },
  ...partnerOpportunityListRoutes,
  ...partnerVisionRoutes,
  {
    path: 'profile',
    name: 'partner-profile',
    component: () => import('./PartnerProfilePage.vue'),
    meta: { nav: { label: 'Profile', visible: allowedBy('viewerCanUpdate') } },
  },
  {
    path: 'members',
    name: 'partner-members',
    component: () => import('../MembersPage.vue'),
    meta: { nav: { label: 'Members', visible: allowedBy('viewerCanManageMembers') } },
  },
  {
    path: 'api-tokens',
    name: 'partner-api-tokens',
    component: () => import('../ApiTokensPage.vue'),
    meta: { nav: { label: 'API tokens', visible: allowedBy('viewerCanManageTokens') } },
  },
];
