import { describe, expect, it } from 'vitest';
import type { Classification } from './classify.js';
import { pgMemTarget } from './embedded-targets.js';
import { probe, probeCasesOf, stopAll, tallyFindings } from './probe.js';

describe('probeCasesOf', () => {
  it('takes an array of named cases with steps', () => {
    const cases = probeCasesOf([{ name: 'one', steps: ['SELECT 1'] }], 'cases.ts');
    expect(cases.map((c) => c.name)).toEqual(['one']);
  });

  it.each([
    [{ name: 'x', steps: [] }, 'the default export must be an array of cases'],
    [[{ steps: [] }], 'cases.ts: case 1 has no name'],
    [[{ name: 'a', steps: 'SELECT 1' }], 'case 1 ("a") has no steps array'],
    [[{ name: 'a', steps: [], setup: 1 }], 'setup must be a string'],
    [
      [
        { name: 'a', steps: [] },
        { name: 'a', steps: [] },
      ],
      'case 2: the name "a" is used twice',
    ],
  ])('refuses %j, naming what is wrong', (exported, message) => {
    expect(() => probeCasesOf(exported, 'cases.ts')).toThrow(message);
  });
});

describe('probe', () => {
  it('classifies an engine against the server target and tallies the verdicts', async () => {
    // pg-mem probed against itself: every case the same, and the callback hears each verdict.
    const heard: string[] = [];
    const findings = await probe(
      [
        { name: 'arithmetic', steps: ['SELECT 1 + 1 AS two'] },
        { name: 'an error', steps: ['SELECT * FROM missing'] },
      ],
      pgMemTarget,
      [pgMemTarget],
      ({ caseName, classification }) => heard.push(`${caseName}: ${classification.verdict}`),
    );
    expect(heard).toEqual(['arithmetic: same', 'an error: same']);
    expect(tallyFindings(findings).get('pg-mem')).toEqual({ same: 2, clear: 0, silent: 0 });
  });

  it('tallies silent and clear verdicts per engine', () => {
    const finding = (engine: string, verdict: Classification['verdict']) => ({
      engine,
      caseName: 'c',
      classification: { verdict },
    });
    const tally = tallyFindings([finding('a', 'silent'), finding('a', 'clear'), finding('b', 'same')]);
    expect([...tally]).toEqual([
      ['a', { same: 0, clear: 1, silent: 1 }],
      ['b', { same: 1, clear: 0, silent: 0 }],
    ]);
  });
});

describe('stopAll', () => {
  it('stops every target even when one fails to, then throws that failure', async () => {
    const stopped: string[] = [];
    const failing = { stop: () => Promise.reject(new Error('PGlite never started')) };
    const server = {
      stop: async () => {
        stopped.push('server');
      },
    };
    await expect(stopAll([failing, undefined, server])).rejects.toThrow('PGlite never started');
    expect(stopped).toEqual(['server']);
  });
});
