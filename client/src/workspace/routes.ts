import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router';
import { useSession, workspaceHome } from '@/app/session';
import { districtWorkspaceRoutes } from './district/routes';
import { partnerWorkspaceRoutes } from './partner/routes';
import { stateWorkspaceRoutes } from './state/routes';

// Every component here is loaded on demand, so public pages never download workspace code.
const OrganizationLayout = () => import('./OrganizationLayout.vue');

function slugProp(route: RouteLocationNormalized, name: string): string {
  return String(route.params[name]);
}

/**
 * The signed-in part of the app. A district's sections live in `district/routes.ts`, a partner's in
 * `partner/routes.ts`; add new sections there (see the comment at the top of each).
 */
export const workspaceRoutes: RouteRecordRaw[] = [
  {
    path: '/workspace',
    component: () => import('./WorkspaceLayout.vue'),
    meta: { requiresViewer: true },
    children: [
      {
        path: '',
        name: 'workspace',
        component: () => import('./WorkspaceHomePage.vue'),
        // With one organization there is nothing to choose: go straight to it.
        beforeEnter: () => {
          const home = workspaceHome(useSession().organizations.value);
          return home === '/workspace' ? true : home;
        },
      },
      {
        path: 'd/:districtSlug',
        component: OrganizationLayout,
        props: (route) => ({
          kind: 'district',
          slug: slugProp(route, 'districtSlug'),
          sections: districtWorkspaceRoutes,
        }),
        children: districtWorkspaceRoutes,
      },
      {
        path: 'p/:partnerSlug',
        component: OrganizationLayout,
        props: (route) => ({
          kind: 'partner',
          slug: slugProp(route, 'partnerSlug'),
          sections: partnerWorkspaceRoutes,
        }),
        children: partnerWorkspaceRoutes,
      },
      {
        path: 's/:state',
        component: OrganizationLayout,
        props: (route) => ({
          kind: 'state',
          slug: slugProp(route, 'state').toLowerCase(),
          sections: stateWorkspaceRoutes,
        }),
        children: stateWorkspaceRoutes,
      },
      {
        path: 'notifications',
        name: 'notifications',
        component: () => import('./notifications/NotificationsPage.vue'),
      },
      {
        path: 'notifications/settings',
        name: 'notification-settings',
        component: () => import('./notifications/NotificationSettingsPage.vue'),
      },
      {
        path: ':pathMatch(.*)*',
        name: 'workspace-not-found',
        component: () => import('@/pages/NotFoundPage.vue'),
      },
    ],
  },
];
