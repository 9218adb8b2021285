import { Counter, Registry, collectDefaultMetrics } from 'prom-client';
import { totalStatements } from '../db/query-counter.js';

/** Process and HTTP metrics in the Prometheus text format. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'partnerhub_http_requests_total',
    help: 'HTTP requests by route group.',
    labelNames: ['route'],
    registers: [registry],
  });
  new Counter({
    name: 'partnerhub_sql_statements_total',
    help: 'SQL statements sent to the database.',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(totalStatements());
    },
  });
  return { registry, requests };
}
