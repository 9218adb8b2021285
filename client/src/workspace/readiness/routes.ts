import type { RouteRecordRaw } from 'vue-router';

/** The district's readiness on the ten conditions, under /workspace/d/:districtSlug/; state staff read it. */
export const readinessRoutes: RouteRecordRaw[] = [
  {
    path: 'readiness',
    name: 'district-readiness',
    component: () => import('./ReadinessPage.vue'),
    meta: { nav: { label: 'Readiness' } },
  },
];
