import type { RouteRecordRaw } from 'vue-router';
import DistrictHomePage from '@/pages/DistrictHomePage.vue';
import DistrictLayout from '@/pages/DistrictLayout.vue';
import EvaluationSummaryPage from '@/pages/EvaluationSummaryPage.vue';
import HomePage from '@/pages/HomePage.vue';
import NotFoundPage from '@/pages/NotFoundPage.vue';
import OpportunityDetailPage from '@/pages/OpportunityDetailPage.vue';
import OpportunitySearchPage from '@/pages/OpportunitySearchPage.vue';
import PartnerDirectoryPage from '@/pages/PartnerDirectoryPage.vue';
import PartnerPage from '@/pages/PartnerPage.vue';
import PlanSummaryPage from '@/pages/PlanSummaryPage.vue';
import StatePage from '@/pages/StatePage.vue';
import VisionPage from '@/pages/VisionPage.vue';
import FlexibilityPage from '@/pages/FlexibilityPage.vue';
import ReadinessPage from '@/pages/ReadinessPage.vue';
import { workspaceRoutes } from '@/workspace/routes';

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomePage },
  {
    path: '/d/:slug',
    component: DistrictLayout,
    children: [
      { path: '', name: 'district', component: DistrictHomePage },
      { path: 'opportunities', name: 'opportunities', component: OpportunitySearchPage },
      { path: 'opportunities/:listingId', name: 'opportunity', component: OpportunityDetailPage },
      { path: 'partners', name: 'partners', component: PartnerDirectoryPage },
      { path: 'partners/:partnerSlug', name: 'partner', component: PartnerPage },
      { path: 'plan', name: 'plan-summary', component: PlanSummaryPage },
      { path: 'vision', name: 'vision', component: VisionPage },
      { path: 'flexibility', name: 'flexibility', component: FlexibilityPage },
      { path: 'readiness', name: 'readiness', component: ReadinessPage },
      { path: 'evaluation', name: 'evaluation', component: EvaluationSummaryPage },
    ],
  },
  { path: '/states/:state', name: 'state', component: StatePage },
  // Sign-in and account pages are loaded on demand, like the workspace: most visitors never need them.
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
