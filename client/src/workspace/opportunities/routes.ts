import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router';

// Yjs and the list editor come with this chunk: public pages never load them.
const ListPage = () => import('./OpportunityListPage.vue');
const districtSlug = (route: RouteLocationNormalized) => ({
  districtSlug: String(route.params.districtSlug),
});

/** The district's draft opportunity list, under /workspace/d/:districtSlug/. */
export const districtOpportunityListRoutes: RouteRecordRaw[] = [
  {
    path: 'opportunities',
    name: 'district-opportunity-list',
    component: ListPage,
    props: districtSlug,
    meta: { nav: { label: 'Opportunity list' } },
  },
];

/** The opportunity lists of a partner's districts, under /workspace/p/:partnerSlug/. */
export const partnerOpportunityListRoutes: RouteRecordRaw[] = [
  {
    path: 'opportunities',
    name: 'partner-opportunity-lists',
    component: () => import('./PartnerOpportunityListsPage.vue'),
    meta: { nav: { label: 'Opportunity lists' } },
  },
  {
    path: 'opportunities/:districtSlug',
    name: 'partner-opportunity-list',
    component: ListPage,
    props: districtSlug,
  },
];
