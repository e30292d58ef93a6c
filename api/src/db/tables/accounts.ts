// Tables of the accounts migrations; each table's interface is named <Name>Table.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AccountTables {}
