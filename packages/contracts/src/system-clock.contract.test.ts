import { RandomIdGenerator, SystemClock } from '@seams/ports';
import { describeClockContract } from './clock.contract.js';
import { describeIdGeneratorContract } from './id-generator.contract.js';

describeClockContract({
  name: 'SystemClock',
  setup: () => ({
    clock: new SystemClock(),
    advance: (ms) => new Promise((resolve) => setTimeout(resolve, ms + 1)),
  }),
});

describeIdGeneratorContract({ name: 'RandomIdGenerator', setup: () => ({ ids: new RandomIdGenerator() }) });
