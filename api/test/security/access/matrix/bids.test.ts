import { describeMatrix } from './harness.ts';

describeMatrix('bids');
