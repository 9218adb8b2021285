export * from './opportunity.js';
export * from './organization.js';
export * from './errors.js';
export * from './dates.js';
