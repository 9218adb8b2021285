/** Running several instances: the shared Redis client and the registry of running instances. */
export { createSharedRedis, pingRedis } from './redis.js';
export { InstanceConflictError, type InstanceRegistration, registerInstance } from './registry.js';
