// Tables of the conversations migration; each table's interface is named <Name>Table.
import type { ColumnType, Generated } from 'kysely';

/** Set on insert, never changed. */
type Fixed<T> = ColumnType<T, T, never>;

export type ConversationPathName = 'tender' | 'optionsReview' | 'results' | 'officialResult';
export type ConversationStatusName = 'open' | 'handedOver' | 'closed';

export interface ConversationTables {
  conversation: ConversationTable;
  conversation_turn: ConversationTurnTable;
}

/** One conversation of one user; `state` (JSON text, like every JSON the database keeps) is the dialogue's own JSON (`domain/conversations`). */
export interface ConversationTable {
  id: Generated<string>;
  organisation_id: Fixed<string>;
  user_id: Fixed<string>;
  path: Fixed<ConversationPathName>;
  language: Fixed<'de' | 'en'>;
  status: ConversationStatusName;
  tender_id: string | null;
  options_review_id: string | null;
  /** For `officialResult`: the lot whose result is asked about. */
  lot_number: ColumnType<number | null, number | null | undefined, never>;
  /** JSON text. */
  state: string;
  turn_count: number;
  created_at: Fixed<Date>;
  updated_at: Date;
}

/** One message; append-only (trigger). */
export interface ConversationTurnTable {
  conversation_id: Fixed<string>;
  number: Fixed<number>;
  speaker: Fixed<'user' | 'assistant'>;
  step_id: Fixed<string | null>;
  text: Fixed<string>;
  /** JSON text. */
  content: Fixed<string>;
  created_at: Fixed<Date>;
}
