import type { RouteRecordRaw } from 'vue-router';

/** The district's flexibility application, under /workspace/d/:districtSlug/; the state reviews it here too. */
export const flexibilityRoutes: RouteRecordRaw[] = [
  {
    path: 'flexibility',
    name: 'district-flexibility',
    component: () => import('./FlexibilityPage.vue'),
    meta: { nav: { label: 'Flexibility' } },
  },
];
