// The names the what-if panel's adopt form and the page's `adopt` action agree on.

/** A slider's field name is this prefix and its award node's id. */
export const whatIfWeightField = 'weight.';

/** The query the page is reached with after an adoption, to say so. */
export const adoptedFlag = 'adopted=1';
