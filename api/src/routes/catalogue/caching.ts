/** Reference data changes only when an operator loads new files; clients revalidate each time. */
export const referenceDataCaching = 'no-cache';
