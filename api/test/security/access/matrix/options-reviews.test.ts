import { describeMatrix } from './harness.ts';

describeMatrix('options-reviews');
