import { describe, expect, it } from 'vitest';
import { tokenize } from '../sql-tokens.js';
import { toPg15 } from './pg15-dialect.js';
import { settingValueError } from './pg15-setting-values.js';

const errorOf = (text: string) => settingValueError(tokenize(text));

describe('maintenance_work_mem below 15’s minimum of 1024 kB', () => {
  it('fails as on 15 (22023), whatever the unit, where 17 and later take down to 64 kB', () => {
    for (const [text, kb] of [
      ["SET maintenance_work_mem = '512kB'", 512],
      ['SET maintenance_work_mem = 64', 64],
      ["SET LOCAL maintenance_work_mem TO '0.5MB'", 512],
      ["SET SESSION maintenance_work_mem = '1000000B'", 977],
      ["SELECT set_config('maintenance_work_mem', '100kB', false)", 100],
      ["CREATE FUNCTION f() RETURNS int LANGUAGE sql SET maintenance_work_mem = '512kB' AS 'SELECT 1'", 512],
      ['SET maintenance_work_mem = -1', -1],
    ] as const) {
      expect(errorOf(text), text).toEqual({
        code: '22023',
        message: `${kb} kB is outside the valid range for parameter "maintenance_work_mem" (1024 .. 2147483647)`,
      });
    }
  });

  it('leaves values 15 takes, and text it cannot read, to the engine', () => {
    for (const text of [
      'SET maintenance_work_mem = 1024',
      "SET maintenance_work_mem = '1MB'",
      "SET maintenance_work_mem = '1048576B'",
      "SET maintenance_work_mem = '512mb'",
      'SET work_mem = 64',
      "SELECT set_config('maintenance_work_mem', $1, false)",
      'CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC UPDATE t SET maintenance_work_mem = 5; END',
    ])
      expect(errorOf(text), text).toBeUndefined();
  });

  it('is the dialect’s answer to the statement', () => {
    expect(toPg15("SET maintenance_work_mem = '512kB'")?.refusal).toMatchObject({ code: '22023' });
  });
});

describe('idle_session_timeout', () => {
  it('is refused loudly when set to a timeout the fake cannot keep', () => {
    for (const text of [
      "SET idle_session_timeout = '1min'",
      'SET idle_session_timeout TO 5000',
      "SELECT set_config('idle_session_timeout', '5s', false)",
    ])
      expect(errorOf(text), text).toMatchObject({ code: '0A000', message: expect.stringMatching(/PGlite/) });
  });

  it('may be set to 0, and out-of-range values are the engine’s to reject', () => {
    for (const text of [
      'SET idle_session_timeout = 0',
      "SET idle_session_timeout = '0ms'",
      'SET idle_session_timeout = -1',
    ])
      expect(errorOf(text), text).toBeUndefined();
  });
});
