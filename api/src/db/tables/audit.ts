// Tables of the audit migrations; each table's interface is named <Name>Table.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AuditTables {}
