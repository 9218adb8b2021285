import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router';

// The editor (Tiptap, Yjs) comes with this chunk: public pages never load it.
const VisionPage = () => import('./VisionWorkspacePage.vue');
const districtSlug = (route: RouteLocationNormalized) => ({
  districtSlug: String(route.params.districtSlug),
});

/** The district's vision, under /workspace/d/:districtSlug/. */
export const districtVisionRoutes: RouteRecordRaw[] = [
  {
    path: 'vision',
    name: 'district-vision',
    component: VisionPage,
    props: districtSlug,
    meta: { nav: { label: 'Vision' } },
  },
];

/** The visions of a partner's districts, under /workspace/p/:partnerSlug/. */
export const partnerVisionRoutes: RouteRecordRaw[] = [
  {
    path: 'vision',
    name: 'partner-visions',
    component: () => import('./PartnerVisionsPage.vue'),
    meta: { nav: { label: 'District visions' } },
  },
  { path: 'vision/:districtSlug', name: 'partner-vision', component: VisionPage, props: districtSlug },
];
