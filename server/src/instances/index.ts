/** Running several instances: the shared Redis client and the registry of running instances. */
export { createSharedRedis, pingRedis } from './redis.js';
export {
  HEARTBEAT_MS,
  InstanceConflictError,
  type InstanceRegistration,
  STALE_AFTER_MS,
  registerInstance,
} from './registry.js';
