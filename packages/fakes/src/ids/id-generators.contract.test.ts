import { describeIdGeneratorContract } from '@seams/contracts';
import { FakeClock } from '../clock/fake-clock.js';
import { SeededIdGenerator } from './seeded-id-generator.js';
import { SequentialIdGenerator } from './sequential-id-generator.js';

describeIdGeneratorContract({
  name: 'SequentialIdGenerator (@seams/fakes)',
  setup: () => ({ ids: new SequentialIdGenerator() }),
});

describeIdGeneratorContract({
  name: 'SeededIdGenerator v4 (@seams/fakes)',
  setup: () => ({ ids: new SeededIdGenerator({ seed: 42 }) }),
});

describeIdGeneratorContract({
  name: 'SeededIdGenerator v7 (@seams/fakes)',
  setup: () => ({ ids: new SeededIdGenerator({ seed: 42, version: 7, clock: new FakeClock() }) }),
});
