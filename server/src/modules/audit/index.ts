export { AuditEntry, type AuditChanges } from './audit-entry.entity.js';
export { recordAudit, applyChanges, type AuditFacts, type AuditRecord } from './audit.service.js';
export { AuditEntryType, AuditEntryConnection, toAuditEntryType } from './audit-entry.type.js';
export { listAuditEntries, type AuditFilter } from './audit.read.js';
export { saveAudited, saveAuditedOrRollBack, type VersionedEdit } from './audited-save.js';
