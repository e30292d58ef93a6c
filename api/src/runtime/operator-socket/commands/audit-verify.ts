import { z } from 'zod';
import {
  parseAuditHead,
  verifyAuditChain,
  type AuditVerification,
} from '../../../security/audit/verify.ts';
import { AdminCommandError, defineAdminCommand } from '../registry.ts';

const AuditVerifyArgs = z.object({
  /** `seq:hash` or a bare hash, noted by the operator outside the database. */
  head: z
    .string()
    .refine((head) => parseAuditHead(head) !== undefined, 'must be <seq>:<64 hex digits>')
    .optional(),
});

export type AuditVerifyResult = AuditVerification;

export const auditVerifyCommand = defineAdminCommand({
  name: 'audit-verify',
  summary: 'Verifies the hash chain of the audit log and reports the first broken entry',
  args: AuditVerifyArgs,
  createsDatabase: false,
  async run({ db, logger }, args): Promise<AuditVerifyResult> {
    let result: AuditVerification;
    try {
      result = await verifyAuditChain(db, {
        ...(args.head === undefined ? {} : { head: parseAuditHead(args.head)! }),
      });
    } catch (error) {
      if ((error as { code?: string }).code === undefinedTable) {
        throw new AdminCommandError(
          'The database has no audit log yet: run `npm run db:migrate` first',
        );
      }
      throw error;
    }
    if (result.intact) logger.info({ head: result.head }, 'audit chain intact');
    else logger.warn({ brokenAt: result.brokenAt, reason: result.reason }, 'audit chain broken');
    return result;
  },
});

const undefinedTable = '42P01';
