import type { RouteRecordRaw } from 'vue-router';

/** A district's partner organizations, under /workspace/d/:districtSlug/. */
export const districtPartnerRoutes: RouteRecordRaw[] = [
  {
    path: 'partners',
    name: 'district-partners',
    component: () => import('./PartnersPage.vue'),
    meta: { nav: { label: 'Partners' } },
  },
  { path: 'partners/new', name: 'district-partner-new', component: () => import('./NewPartnerPage.vue') },
  {
    path: 'partners/:partnerSlug',
    name: 'district-partner',
    component: () => import('./PartnerDetailPage.vue'),
  },
  {
    path: 'partners/:partnerSlug/members',
    name: 'district-partner-members',
    component: () => import('./PartnerMembersPage.vue'),
  },
];
