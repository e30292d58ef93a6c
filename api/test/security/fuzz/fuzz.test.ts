import { describeFuzz } from './harness.ts';

// Every operation of the OpenAPI document, valid and mutated requests, every answer checked
// against the document (TESTPLAN S11, S10, S12, S14). See harness.ts; FUZZ_* in settings.ts.
describeFuzz();
