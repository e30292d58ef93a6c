/**
 * A bid may be larger than the default body limit: up to 300 answers, offer texts of up to
 * 20,000 characters, 50 subcontractors and 100 document entries.
 */
export const bidMaxBodyBytes = 4 * 1024 * 1024;
