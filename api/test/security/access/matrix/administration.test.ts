import { describeMatrix } from './harness.ts';

describeMatrix('administration');
