import type { RouteRecordRaw } from 'vue-router';

/** A district's funding alignment, under /workspace/d/:districtSlug/, one sub-page per task. */
export const fundingRoutes: RouteRecordRaw[] = [
  {
    path: 'funding',
    component: () => import('./FundingLayout.vue'),
    meta: { nav: { label: 'Funding' } },
    children: [
      {
        path: '',
        name: 'district-funding',
        redirect: (to) => ({ name: 'district-funding-sources', params: to.params }),
      },
      {
        path: 'sources',
        name: 'district-funding-sources',
        component: () => import('./FundingSourcesPage.vue'),
      },
      {
        path: 'allocations',
        name: 'district-funding-allocations',
        component: () => import('./FundingAllocationsPage.vue'),
      },
      {
        path: 'reports',
        name: 'district-funding-reports',
        component: () => import('./FundingReportsPage.vue'),
      },
      {
        path: 'rules',
        name: 'district-funding-rules',
        component: () => import('./FundingRulesPage.vue'),
      },
    ],
  },
];
