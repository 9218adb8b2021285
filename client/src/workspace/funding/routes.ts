import type { RouteRecordRaw } from 'vue-router';

/** A district's funding alignment, under /workspace/d/:districtSlug/. */
export const fundingRoutes: RouteRecordRaw[] = [
  {
    path: 'funding',
    name: 'district-funding',
    component: () => import('./FundingPage.vue'),
    meta: { nav: { label: 'Funding' } },
  },
];
