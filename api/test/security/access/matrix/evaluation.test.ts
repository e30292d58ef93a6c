import { describeMatrix } from './harness.ts';

describeMatrix('evaluation');
