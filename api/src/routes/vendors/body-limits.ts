/**
 * A whole self-assessment may be larger than the default body limit: up to 200 C3A answers and
 * eight SEAL justifications of a few thousand characters each, besides attestations and lists.
 */
export const selfAssessmentMaxBodyBytes = 4 * 1024 * 1024;
