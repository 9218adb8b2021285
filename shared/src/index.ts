export * from './opportunity.js';
export * from './organization.js';
export * from './errors.js';
export * from './dates.js';
export * from './identity.js';
export * from './collab.js';
export * from './collab-saved.js';
export * from './vision.js';
