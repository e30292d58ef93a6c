import type { ColumnType, Generated } from 'kysely';
import type { AccountTables } from './tables/accounts.ts';
import type { AuditTables } from './tables/audit.ts';
import type { BidTables } from './tables/bids.ts';
import type { CatalogueTables } from './tables/catalogue.ts';
import type { ConversationTables } from './tables/conversations.ts';
import type { DemoTables } from './tables/demo.ts';
import type { EvaluationTables } from './tables/evaluation.ts';
import type { NoticeTables } from './tables/notices.ts';
import type { OptionsReviewTables } from './tables/options-reviews.ts';
import type { RateLimitTables } from './tables/rate-limits.ts';
import type { SelfAssessmentTables } from './tables/self-assessments.ts';
import type { SetupTables } from './tables/setup.ts';
import type { TenderTables } from './tables/tenders.ts';

/**
 * The database as the application sees it. Each migration that adds or changes a table updates
 * these interfaces in the same commit; each area keeps its tables in `tables/<area>.ts`.
 */
export interface DB
  extends
    AuditTables,
    AccountTables,
    RateLimitTables,
    CatalogueTables,
    SetupTables,
    DemoTables,
    OptionsReviewTables,
    SelfAssessmentTables,
    NoticeTables,
    TenderTables,
    ConversationTables,
    BidTables,
    EvaluationTables {
  instance: InstanceTable;
}

export interface InstanceTable {
  /** Always 1: the table holds exactly one row describing this installation. */
  singleton: ColumnType<number, never, never>;
  id: Generated<string>;
  created_at: ColumnType<Date, never, never>;
}
