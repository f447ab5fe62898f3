import { describe, expect, it } from 'vitest';
import { toPg15 } from './pg15-dialect.js';

describe('domain and enum statements 18 reads otherwise than 15', () => {
  it.each([
    ['CREATE DOMAIN d AS int NOT NULL NOT NULL', 'CREATE DOMAIN d AS int NOT NULL '],
    [
      'CREATE DOMAIN d AS int NOT NULL CHECK (VALUE > 0) not null',
      'CREATE DOMAIN d AS int NOT NULL CHECK (VALUE > 0) ',
    ],
    [
      'CREATE DOMAIN d AS int CONSTRAINT a NOT NULL CONSTRAINT b NOT NULL',
      'CREATE DOMAIN d AS int NOT NULL ',
    ],
  ])('keeps one NOT NULL of %s, as 15 takes the repeats as the same', (text, sent) => {
    expect(toPg15(text)?.text).toBe(sent);
  });

  it.each([
    'CREATE DOMAIN d AS int NOT NULL',
    'CREATE DOMAIN d AS boolean DEFAULT (1 IS NOT NULL) NOT NULL',
    'CREATE DOMAIN d AS int NOT NULL CHECK (VALUE IS NOT NULL)',
  ])('leaves %s as written', (text) => {
    expect(toPg15(text)?.text ?? text).toBe(text);
  });

  it("fails ALTER TYPE ... DROP VALUE as 15's grammar does", () => {
    expect(toPg15("ALTER TYPE mood DROP VALUE 'ok'")?.refusal).toEqual({
      code: '42601',
      message: 'syntax error at or near "VALUE"',
      position: 22,
    });
    expect(toPg15('ALTER TYPE pair DROP ATTRIBUTE value')?.refusal).toBeUndefined();
  });
});
