import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import {
  implementationsIn,
  recordCaseOutcome,
  recordCorpusVerdict,
  recordRegistration,
} from './fidelity-record.js';

function recordingDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'seams-fidelity-'));
  vi.stubEnv('SEAMS_FIDELITY_DIR', dir);
  onTestFinished(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

describe('fidelity records', () => {
  it('writes nothing when SEAMS_FIDELITY_DIR is unset', () => {
    vi.stubEnv('SEAMS_FIDELITY_DIR', '');
    onTestFinished(() => {
      vi.unstubAllEnvs();
    });
    const cwd = process.cwd();
    const before = readdirSync(cwd);
    recordRegistration({ port: 'Clock', target: 'x', cases: ['y'], divergences: {} });
    recordCaseOutcome({ port: 'Clock', target: 'x', case: 'y', outcome: 'passed', implementations: [] });
    expect(readdirSync(cwd)).toEqual(before);
  });

  it('writes the registration and one line per case outcome, under a file-safe name', () => {
    const dir = recordingDir();
    recordRegistration({
      port: 'Clock',
      target: 'FakeClock (@seams/fakes)',
      cases: ['a', 'b'],
      divergences: { b: { reason: 'why', fails: 'timeout' } },
    });
    const target = 'FakeClock (@seams/fakes)';
    recordCaseOutcome({
      port: 'Clock',
      target,
      case: 'a',
      outcome: 'passed',
      implementations: ['FakeClock'],
    });
    recordCaseOutcome({
      port: 'Clock',
      target,
      case: 'b',
      outcome: 'diverged',
      implementations: ['FakeClock'],
    });

    expect(readdirSync(dir).sort()).toEqual([
      'Clock--FakeClock_seams_fakes_.json',
      'Clock--FakeClock_seams_fakes_.outcomes.jsonl',
    ]);
    const registration = JSON.parse(readFileSync(join(dir, 'Clock--FakeClock_seams_fakes_.json'), 'utf8'));
    expect(registration).toEqual({
      port: 'Clock',
      target: 'FakeClock (@seams/fakes)',
      cases: ['a', 'b'],
      divergences: { b: { reason: 'why', fails: 'timeout' } },
    });
    const lines = readFileSync(join(dir, 'Clock--FakeClock_seams_fakes_.outcomes.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      { port: 'Clock', target, case: 'a', outcome: 'passed', implementations: ['FakeClock'] },
      { port: 'Clock', target, case: 'b', outcome: 'diverged', implementations: ['FakeClock'] },
    ]);
  });

  it('appends one line per corpus verdict, apart from the contract records', () => {
    const dir = recordingDir();
    recordCorpusVerdict('broker', 'InMemoryBroker, quorum queues', 'a', 'same');
    recordCorpusVerdict('broker', 'InMemoryBroker, quorum queues', 'b', 'clear');
    expect(readdirSync(dir)).toEqual(['corpus--broker--InMemoryBroker_quorum_queues.verdicts.jsonl']);
    const lines = readFileSync(join(dir, readdirSync(dir)[0] ?? ''), 'utf8')
      .trim()
      .split('\n');
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      {
        kind: 'corpus',
        corpus: 'broker',
        target: 'InMemoryBroker, quorum queues',
        case: 'a',
        verdict: 'same',
      },
      {
        kind: 'corpus',
        corpus: 'broker',
        target: 'InMemoryBroker, quorum queues',
        case: 'b',
        verdict: 'clear',
      },
    ]);
  });
  it('resolves a relative SEAMS_FIDELITY_DIR from the working directory', () => {
    const dir = recordingDir();
    vi.stubEnv('SEAMS_FIDELITY_DIR', relative(process.cwd(), join(dir, 'nested')));
    recordRegistration({ port: 'Clock', target: 'x', cases: [], divergences: {} });
    expect(readdirSync(join(dir, 'nested'))).toEqual(['Clock--x.json']);
  });
});

describe('implementationsIn', () => {
  class FakeThing {}
  it('names the classes of the instances a context holds at its top level, sorted, once each', () => {
    const context = {
      a: new Map(),
      b: new FakeThing(),
      bare: Object.create(null),
      again: new FakeThing(),
      plain: { nested: new FakeThing() },
      list: [new FakeThing()],
      advance: () => {},
      count: 3,
      nothing: null,
      anonymous: new (class {})(),
    };
    expect(implementationsIn(context)).toEqual(['FakeThing', 'Map']);
  });
});
