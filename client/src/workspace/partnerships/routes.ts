import type { RouteRecordRaw } from 'vue-router';

/** A district's partnerships, under /workspace/d/:districtSlug/. */
export const partnershipRoutes: RouteRecordRaw[] = [
  {
    path: 'partnerships',
    name: 'district-partnerships',
    component: () => import('./PartnershipsPage.vue'),
    meta: { nav: { label: 'Partnerships' } },
  },
  {
    path: 'partnerships/:partnershipId',
    name: 'district-partnership',
    component: () => import('./PartnershipPage.vue'),
  },
];
