import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { leftovers, runIdsIn } from './soak-leftovers.mjs';

describe('runIdsIn', () => {
  it("finds each testenv run id a shard's log prints, colours and turbo prefixes aside", () => {
    const log = [
      '@seams/redis-adapter:test:containers: testenv: run ab12cd34',
      '\u001b[2m@seams/postgres-adapter:test:containers: \u001b[22mtestenv: run 0f0f0f0f',
      'testenv: postgres: TEST_POSTGRES_URL',
      'testenv: run TOOSHORT',
    ].join('\n');
    assert.deepEqual(runIdsIn(log), ['ab12cd34', '0f0f0f0f']);
  });
});

describe('leftovers', () => {
  const before = ['database postgres', 'database seams_other999_tpl_1', 'vhost /'];

  it("splits what is new into the shards' leftovers and someone else's names", () => {
    const after = [
      ...before,
      'database seams_ab12cd34_tpl_9',
      'queue / seams.ab12cd34.f00f.1.paid',
      'key seams:0f0f0f0f:w1:3:order',
      'database seams_zz99zz99_a_1',
      'exchange / seams.zz99zz99.w.1.events',
    ];
    assert.deepEqual(leftovers(before, after, ['ab12cd34', '0f0f0f0f']), {
      ours: [
        'database seams_ab12cd34_tpl_9',
        'queue / seams.ab12cd34.f00f.1.paid',
        'key seams:0f0f0f0f:w1:3:order',
      ],
      others: ['database seams_zz99zz99_a_1', 'exchange / seams.zz99zz99.w.1.events'],
    });
  });

  it('finds nothing when the servers are as they were, whatever else disappeared meanwhile', () => {
    assert.deepEqual(leftovers(before, ['database postgres', 'vhost /'], ['ab12cd34']), {
      ours: [],
      others: [],
    });
  });

  it('does not take a name that merely contains the id elsewhere for the run’s', () => {
    assert.deepEqual(leftovers([], ['database myab12cd34db'], ['ab12cd34']).ours, []);
  });
});
