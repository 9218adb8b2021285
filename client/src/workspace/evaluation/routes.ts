import type { RouteRecordRaw } from 'vue-router';

/** A district's evaluation, under /workspace/d/:districtSlug/. */
export const evaluationRoutes: RouteRecordRaw[] = [
  {
    path: 'evaluation',
    name: 'district-evaluation',
    component: () => import('./EvaluationPage.vue'),
    meta: { nav: { label: 'Evaluation' } },
  },
];

/** Every district's indicators against targets, under /workspace/s/:state/. */
export const stateEvaluationRoutes: RouteRecordRaw[] = [
  {
    path: 'evaluation',
    name: 'state-evaluation',
    component: () => import('./StateEvaluationPage.vue'),
    meta: { nav: { label: 'Evaluation' } },
  },
];
