import { describeBrokerContract } from '@seams/contracts';
import type { QueueType } from '@seams/ports';
import { fakeCorpusBroker } from './corpus/fake-corpus-broker.js';

// The corpus's driver on InMemoryBroker is a contract context too (it only adds `drain`).
for (const queueType of ['quorum', 'classic'] as const satisfies readonly QueueType[]) {
  describeBrokerContract({
    name: `InMemoryBroker (@seams/fakes), ${queueType} queues`,
    setup: () => fakeCorpusBroker(queueType),
  });
}
