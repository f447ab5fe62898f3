import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  classifyCorpusOutcome,
  corpusOutcome,
  normalizeObservation,
  readCorpusSnapshot,
  writeCorpusSnapshot,
} from './corpus-kit.js';

const LABELS = { expected: 'the server', actual: 'the fake' };

function scratchFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'seams-corpus-kit-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'snapshot.json');
}

describe('corpus kit', () => {
  it('normalises an answer: keys sorted at every depth, a per-run prefix taken out of strings and keys', () => {
    const strip = (text: string) => text.split('run7.').join('');
    const value = { b: ['run7.q', { z: 1, 'run7.a': 'x' }], a: null };
    const normalized = normalizeObservation(value, strip);
    expect(JSON.stringify(normalized)).toBe('{"a":null,"b":["q",{"a":"x","z":1}]}');
  });

  it('takes an outcome through JSON (undefined drops out) or records the failure by its code', async () => {
    expect(await corpusOutcome(async () => ({ kept: 1, dropped: undefined }))).toEqual({
      observed: { kept: 1 },
    });
    const coded = Object.assign(new Error('refused run7.q'), { code: 'E_NO' });
    expect(
      await corpusOutcome(
        () => Promise.reject(coded),
        (t) => t.replace('run7.', ''),
      ),
    ).toEqual({
      failed: { code: 'E_NO', message: 'refused q' },
    });
    expect(await corpusOutcome(() => Promise.reject(new Error('timed out')))).toEqual({
      failed: { code: null, message: 'timed out' },
    });
  });

  it('classes same, clear and silent, with a diff naming both sides for the last two', () => {
    const same = classifyCorpusOutcome({ observed: [1] }, { observed: [1] }, LABELS);
    expect(same).toEqual({ verdict: 'same' });
    const sameFailure = classifyCorpusOutcome(
      { failed: { code: 'E', message: 'a' } },
      { failed: { code: 'E', message: 'b' } },
      LABELS,
    );
    expect(sameFailure.verdict).toBe('same');
    const clear = classifyCorpusOutcome({ observed: [1] }, { failed: { code: 'E', message: 'no' } }, LABELS);
    expect(clear.verdict).toBe('clear');
    expect(clear.diff).toMatch(/^--- the server\n[\s\S]*\n\+\+\+ the fake\n/);
    expect(classifyCorpusOutcome({ observed: [1] }, { observed: [2] }, LABELS).verdict).toBe('silent');
    // A failure without a code (a wait that never ended) says nothing about why: silent.
    const uncoded = { failed: { code: null, message: 'timed out' } };
    expect(classifyCorpusOutcome({ observed: [1] }, uncoded, LABELS).verdict).toBe('silent');
  });

  it('writes answers in corpus order, keeps unanswered ones from the file and drops keys gone from the corpus', () => {
    const path = scratchFile();
    writeCorpusSnapshot(path, {
      server: 'v1',
      keys: ['a', 'b', 'gone'],
      recorded: { a: { observed: 1 }, b: { observed: 2 }, gone: { observed: 3 } },
    });
    let formatted = '';
    writeCorpusSnapshot(
      path,
      { server: 'v2', keys: ['c', 'b', 'a'], recorded: { c: { observed: 4 }, a: { observed: 5 } } },
      (written) => {
        formatted = written;
      },
    );
    expect(formatted).toBe(path);
    const snapshot = readCorpusSnapshot(path);
    expect(snapshot.server).toBe('v2');
    expect(Object.entries(snapshot.cases)).toEqual([
      ['c', { observed: 4 }],
      ['b', { observed: 2 }],
      ['a', { observed: 5 }],
    ]);
  });

  it("takes a crashed writer's stale lock and leaves none behind", () => {
    const path = scratchFile();
    mkdirSync(`${path}.lock`);
    const longAgo = new Date(Date.now() - 10 * 60_000);
    utimesSync(`${path}.lock`, longAgo, longAgo);
    writeCorpusSnapshot(path, { server: 'v1', keys: ['a'], recorded: { a: { observed: 1 } } });
    expect(readCorpusSnapshot(path).cases).toEqual({ a: { observed: 1 } });
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('parses an unchanged file once, and reads it again once it changed, even to the same size', () => {
    const path = scratchFile();
    writeCorpusSnapshot(path, { server: 'v1', keys: ['a'], recorded: { a: { observed: 1 } } });
    const first = readCorpusSnapshot(path);
    expect(readCorpusSnapshot(path)).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.cases)).toBe(true);
    writeCorpusSnapshot(path, { server: 'v1', keys: ['a'], recorded: { a: { observed: 2 } } });
    const second = readCorpusSnapshot(path);
    expect(second).not.toBe(first);
    expect(second.cases).toEqual({ a: { observed: 2 } });
  });

  it('refuses a file that is not a snapshot, naming it', () => {
    const path = scratchFile();
    writeFileSync(path, '{"cases": {}}');
    expect(() => readCorpusSnapshot(path)).toThrow(`${path} is not a corpus snapshot`);
    expect(readFileSync(path, 'utf8')).toBe('{"cases": {}}');
  });
});
