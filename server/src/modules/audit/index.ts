export { AuditEntry, type AuditChanges } from './audit-entry.entity.js';
export { recordAudit, applyChanges, type AuditFacts, type AuditRecord } from './audit.service.js';
