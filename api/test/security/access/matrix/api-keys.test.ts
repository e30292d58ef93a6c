import { describeMatrix } from './harness.ts';

describeMatrix('api-keys');
