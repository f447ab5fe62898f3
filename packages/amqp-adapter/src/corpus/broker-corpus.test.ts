import { recordCorpusVerdict } from '@seams/contracts';
import { describe, expect, it, onTestFinished } from 'vitest';
import { BROKER_CORPUS } from './cases/index.js';
import { fakeCorpusBroker } from './fake-corpus-broker.js';
import { runCase } from './run-case.js';
import { classify, readSnapshot, snapshotKey } from './snapshot.js';

const QUEUE_TYPES = ['quorum', 'classic'] as const;

// The fast pass: InMemoryBroker against RabbitMQ's recorded answers, no server needed. A SILENT
// verdict (another answer with no error) fails; CLEAR (a refusal with a code) is counted.
describe('broker corpus', () => {
  it('has at least 40 cases, each recorded from RabbitMQ for both queue types, and nothing stale', () => {
    const snapshot = readSnapshot();
    const keys = QUEUE_TYPES.flatMap((type) => BROKER_CORPUS.map((c) => snapshotKey(type, c.name)));
    expect(BROKER_CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(BROKER_CORPUS.map((c) => c.name)).size).toBe(BROKER_CORPUS.length);
    expect(Object.keys(snapshot.cases).sort()).toEqual([...keys].sort());
  });

  for (const queueType of QUEUE_TYPES) {
    const target = `InMemoryBroker (@seams/fakes), ${queueType} queues`;
    describe(`on ${target}, against RabbitMQ's snapshot`, () => {
      for (const brokerCase of BROKER_CORPUS) {
        it(`${brokerCase.group}: ${brokerCase.name}`, async () => {
          const expected = readSnapshot().cases[snapshotKey(queueType, brokerCase.name)];
          if (!expected)
            throw new Error('not in the snapshot: record it (SEAMS_CORPUS_UPDATE=1 pnpm test:containers)');
          const broker = fakeCorpusBroker(queueType);
          onTestFinished(() => broker.teardown());
          const { verdict, diff } = classify(expected, await runCase(brokerCase, broker, ''));
          recordCorpusVerdict('broker', target, brokerCase.name, verdict);
          expect(verdict, diff).not.toBe('silent');
        });
      }
    });
  }
});
