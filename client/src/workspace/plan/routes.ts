import type { RouteRecordRaw } from 'vue-router';

/** A district's implementation plan, under /workspace/d/:districtSlug/. */
export const planRoutes: RouteRecordRaw[] = [
  {
    path: 'plan',
    name: 'district-plan',
    component: () => import('./PlanPage.vue'),
    meta: { nav: { label: 'Plan' } },
  },
  {
    path: 'plan/objectives/:objectiveId',
    name: 'district-plan-objective',
    component: () => import('./ObjectivePage.vue'),
  },
];
