export { createPublicRoutes } from './feeds.routes.js';
