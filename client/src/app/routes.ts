import type { RouteRecordRaw } from 'vue-router';
import DistrictLayout from '@/pages/DistrictLayout.vue';
import HomePage from '@/pages/HomePage.vue';
import NotFoundPage from '@/pages/NotFoundPage.vue';
import { workspaceRoutes } from '@/workspace/routes';

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomePage },
  {
    path: '/d/:slug',
    component: DistrictLayout,
    children: [
      { path: '', name: 'district', component: () => import('@/pages/DistrictHomePage.vue') },
      {
        path: 'opportunities',
        name: 'opportunities',
        component: () => import('@/pages/OpportunitySearchPage.vue'),
      },
      {
        path: 'opportunities/:listingId',
        name: 'opportunity',
        component: () => import('@/pages/OpportunityDetailPage.vue'),
      },
      { path: 'partners', name: 'partners', component: () => import('@/pages/PartnerDirectoryPage.vue') },
      { path: 'partners/:partnerSlug', name: 'partner', component: () => import('@/pages/PartnerPage.vue') },
      { path: 'plan', name: 'plan-summary', component: () => import('@/pages/PlanSummaryPage.vue') },
      { path: 'vision', name: 'vision', component: () => import('@/pages/VisionPage.vue') },
      { path: 'flexibility', name: 'flexibility', component: () => import('@/pages/FlexibilityPage.vue') },
      { path: 'readiness', name: 'readiness', component: () => import('@/pages/ReadinessPage.vue') },
      {
        path: 'evaluation',
        name: 'evaluation',
        component: () => import('@/pages/EvaluationSummaryPage.vue'),
      },
    ],
  },
  { path: '/states/:state', name: 'state', component: () => import('@/pages/StatePage.vue') },
  // Every page but the home page is loaded on demand, so that a visitor downloads the code of the
  // pages they open only (charts, the vision's renderer and the workspace stay out of the search page).
  {
    path: '/sign-in',
    name: 'sign-in',
    component: () => import('@/pages/auth/SignInPage.vue'),
    meta: { guestOnly: true },
  },
  {
    path: '/forgot-password',
    name: 'forgot-password',
    component: () => import('@/pages/auth/ForgotPasswordPage.vue'),
  },
  {
    path: '/reset-password/:token',
    name: 'reset-password',
    component: () => import('@/pages/auth/ResetPasswordPage.vue'),
  },
  {
    path: '/invitations/:token',
    name: 'invitation',
    component: () => import('@/pages/auth/InvitationPage.vue'),
  },
  ...workspaceRoutes,
  { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundPage },
];
