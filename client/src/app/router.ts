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

const RELOADED_KEY = 'partnerhub:reloaded-for';

// After a new version is deployed, the previous build's lazily loaded pages are gone. Load the
// requested page afresh (once, so a page that really is missing cannot reload forever).
router.onError((error: unknown, to) => {
  const message = error instanceof Error ? error.message : String(error);
  if (!/dynamically imported module|Importing a module script failed/i.test(message)) return;
  if (sessionStorage.getItem(RELOADED_KEY) === to.fullPath) return;
  sessionStorage.setItem(RELOADED_KEY, to.fullPath);
  window.location.assign(to.fullPath);
});
