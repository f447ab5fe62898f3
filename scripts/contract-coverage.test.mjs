import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportedPortImplementations, uncoveredImplementations } from './contract-coverage.mjs';

describe('uncoveredImplementations', () => {
  const implementations = [
    { package: 'fakes', className: 'InstantClock', ports: ['Clock'] },
    { package: 'postgres-adapter', className: 'PostgresUnitOfWork', ports: ['UnitOfWork'] },
  ];

  it('passes when a registration of the mapped contract exercised each class', () => {
    const registrations = [
      { port: 'Clock', implementations: ['InstantClock'] },
      { port: 'OutboxStore', implementations: ['FakeClock', 'PostgresUnitOfWork'] },
    ];
    assert.deepEqual(uncoveredImplementations(implementations, registrations), []);
  });

  it("names a class that only ran in another port's contract, or not at all", () => {
    const registrations = [
      { port: 'OrderRepository', implementations: ['InstantClock'] },
      { port: 'Clock', implementations: ['FakeClock'] },
      { port: 'OutboxStore' },
    ];
    assert.deepEqual(uncoveredImplementations(implementations, registrations), [
      'InstantClock (packages/fakes) implements Clock but ran no case of the Clock contract: register it, with a declared divergence for each case it cannot honour',
      'PostgresUnitOfWork (packages/postgres-adapter) implements UnitOfWork but ran no case of the OrderRepository or OutboxStore contract: register it, with a declared divergence for each case it cannot honour',
    ]);
  });

  it('names a port that no contract is mapped to', () => {
    const problems = uncoveredImplementations(
      [{ package: 'fakes', className: 'InMemoryMailer', ports: ['Mailer'] }],
      [{ port: 'Mailer', implementations: ['InMemoryMailer'] }],
    );
    assert.match(
      problems[0] ?? '',
      /InMemoryMailer \(packages\/fakes\) implements Mailer, which no contract is mapped to/,
    );
  });
});

describe('exportedPortImplementations', () => {
  it('finds the exported classes implementing ports, through re-exports, and not the others', () => {
    const found = exportedPortImplementations();
    const byName = new Map(found.map((entry) => [entry.className, entry]));
    assert.deepEqual(byName.get('InstantClock'), {
      package: 'fakes',
      className: 'InstantClock',
      ports: ['Clock'],
    });
    assert.deepEqual(byName.get('InMemoryEventPublisher')?.ports, ['EventPublisher']); // via broker/index.ts
    assert.deepEqual(byName.get('PostgresUnitOfWork')?.ports, ['UnitOfWork']);
    assert.deepEqual(byName.get('SystemClock')?.package, 'ports');
    assert.equal(byName.has('FakePostgresClient'), false); // implements a non-port interface
    assert.equal(byName.has('TopologyMismatchError'), false);
  });
});
