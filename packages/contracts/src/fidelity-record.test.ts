import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { recordCaseOutcome, recordCorpusVerdict, recordRegistration } from './fidelity-record.js';

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
    expect(() => recordCaseOutcome('Clock', 'x', 'y', 'passed')).not.toThrow();
  });

  it('writes the registration and one line per case outcome, under a file-safe name', () => {
    const dir = recordingDir();
    recordRegistration({
      port: 'Clock',
      target: 'FakeClock (@seams/fakes)',
      cases: ['a', 'b'],
      divergences: { b: 'why' },
    });
    recordCaseOutcome('Clock', 'FakeClock (@seams/fakes)', 'a', 'passed');
    recordCaseOutcome('Clock', 'FakeClock (@seams/fakes)', 'b', 'diverged');

    expect(readdirSync(dir).sort()).toEqual([
      'Clock--FakeClock_seams_fakes_.json',
      'Clock--FakeClock_seams_fakes_.outcomes.jsonl',
    ]);
    const registration = JSON.parse(readFileSync(join(dir, 'Clock--FakeClock_seams_fakes_.json'), 'utf8'));
    expect(registration).toEqual({
      port: 'Clock',
      target: 'FakeClock (@seams/fakes)',
      cases: ['a', 'b'],
      divergences: { b: 'why' },
    });
    const lines = readFileSync(join(dir, 'Clock--FakeClock_seams_fakes_.outcomes.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      { port: 'Clock', target: 'FakeClock (@seams/fakes)', case: 'a', outcome: 'passed' },
      { port: 'Clock', target: 'FakeClock (@seams/fakes)', case: 'b', outcome: 'diverged' },
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
});
