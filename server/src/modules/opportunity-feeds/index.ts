export { createPublicRoutes } from './feeds.routes.js';
export { CSV_COLUMNS } from './feed-formats.js';
