import { type CorpusOutcome, recordCorpusVerdict } from '@seams/contracts';
import type { QueueType } from '@seams/ports';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { BROKER_CORPUS } from './cases/index.js';
import { fakeCorpusBroker } from './fake-corpus-broker.js';
import { realCorpusBroker } from './real-corpus-broker.js';
import { runCase } from './run-case.js';
import { classify, readSnapshot, snapshotKey, writeSnapshot } from './snapshot.js';

const QUEUE_TYPES = ['quorum', 'classic'] as const;

/** Shards of each queue type's real pass: each its own test file, so the containers project runs three at once. */
export const RABBITMQ_SHARDS = 3;

/**
 * The real pass for one queue type: RabbitMQ must still answer as the snapshot says (or, with
 * SEAMS_CORPUS_UPDATE=1, its answers become the snapshot), and the fake is classed against
 * RabbitMQ's live answer too. Test files per queue type and shard, so they run at once (the cases
 * mostly wait on RabbitMQ's timers: one file per queue type took about 90 s, three per queue type
 * take about 27 s each and the package's real pass 78 s alone); their recordings merge into the
 * one snapshot.
 */
export function replayBrokerCorpusOnRabbitMQ(queueType: QueueType, shard: number): void {
  const cases = BROKER_CORPUS.filter((_, index) => index % RABBITMQ_SHARDS === shard - 1);
  describe(`broker corpus on RabbitMQ, ${queueType} queues, shard ${shard} of ${RABBITMQ_SHARDS}`, () => {
    const updating = process.env.SEAMS_CORPUS_UPDATE === '1';
    const recorded: Record<string, CorpusOutcome> = {};
    let server = 'unknown';

    // Cases this run did not answer (the other files', or filtered with -t) keep their recorded
    // answer; removed cases go.
    afterAll(() => {
      if (!updating) return;
      const keys = QUEUE_TYPES.flatMap((type) => BROKER_CORPUS.map(({ name }) => snapshotKey(type, name)));
      writeSnapshot({ server, keys, recorded });
    });
    for (const brokerCase of cases) {
      it(`${queueType} queues, ${brokerCase.group}: ${brokerCase.name}`, { timeout: 30_000 }, async () => {
        const real = await realCorpusBroker(queueType);
        onTestFinished(() => real.teardown());
        server = real.serverVersion;
        const answer = await runCase(brokerCase, real, real.prefix);
        const key = snapshotKey(queueType, brokerCase.name);
        if (updating) recorded[key] = answer;
        else {
          const expected = readSnapshot().cases[key];
          if (!expected)
            throw new Error(`${key} is not in the snapshot: record it with SEAMS_CORPUS_UPDATE=1`);
          const { verdict, diff } = classify(expected, answer, 'RabbitMQ as recorded');
          recordCorpusVerdict(
            'broker',
            `RabbitMQ against its snapshot, ${queueType} queues`,
            brokerCase.name,
            verdict,
          );
          expect(verdict, `RabbitMQ no longer answers as recorded:\n${diff}`).toBe('same');
        }
        const fake = fakeCorpusBroker(queueType);
        onTestFinished(() => fake.teardown());
        const { verdict, diff } = classify(answer, await runCase(brokerCase, fake, ''));
        recordCorpusVerdict(
          'broker',
          `InMemoryBroker (@seams/fakes) against RabbitMQ live, ${queueType} queues`,
          brokerCase.name,
          verdict,
        );
        expect(verdict, diff).not.toBe('silent');
      });
    }
  });
}
