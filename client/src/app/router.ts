import { createRouter, createWebHistory } from 'vue-router';
import { createSessionGuard } from './guards';
import { routes } from './routes';
import { useSession } from './session';

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  scrollBehavior(to, from, savedPosition) {
    if (savedPosition) return savedPosition;
    if (to.hash) return { el: to.hash };
    // Filtering a list keeps the reader where they are; a new page or a new result page starts at the top.
    if (to.path === from.path && to.query.page === from.query.page) return false;
    return { top: 0 };
  },
});

router.beforeEach(createSessionGuard(useSession()));
