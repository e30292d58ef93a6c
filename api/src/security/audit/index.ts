// The audit log's public surface; see entry.ts for what may (and may not) be recorded.
export { appendAuditEntry, recordRefusedAttempt } from './append.ts';
export type { AppendedAuditEntry, RefusedAttempt } from './append.ts';
export {
  auditActionPattern,
  auditOutcomes,
  auditStateHash,
  authAuditActions,
  formatAuditHead,
  genesisHash,
} from './entry.ts';
export type {
  AuditAction,
  AuditEntryInput,
  AuditHead,
  AuditOutcome,
  AuthAuditAction,
} from './entry.ts';
export { parseAuditHead, verifyAuditChain } from './verify.ts';
export type { AuditVerification, ExpectedAuditHead } from './verify.ts';
