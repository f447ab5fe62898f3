import { describe, expect, it } from 'vitest';
import type { PostgresErrorFields } from '../postgres-engine.js';
import { domainTableConstraintError } from './pg15-domain-table-constraints.js';

/** PGlite's report: a syntax error at the constraint's first word, located in the text it ran. */
const pgliteSyntax = (word: string, position: number): PostgresErrorFields => ({
  severity: 'ERROR',
  code: '42601',
  message: `syntax error at or near "${word}"`,
  position: String(position),
});

// Every expected report below is PostgreSQL 15's (checked against a 15 server).
describe('ALTER DOMAIN ... ADD <table constraint> as PostgreSQL 15 reports it', () => {
  it.each([
    ['ALTER DOMAIN d ADD PRIMARY KEY (a)', 'PRIMARY', 'primary key constraints not possible for domains'],
    [
      'ALTER DOMAIN d ADD UNIQUE NULLS NOT DISTINCT (a)',
      'UNIQUE',
      'unique constraints not possible for domains',
    ],
    [
      'ALTER DOMAIN d ADD PRIMARY KEY USING INDEX i',
      'PRIMARY',
      'primary key constraints not possible for domains',
    ],
    [
      'ALTER DOMAIN d ADD CONSTRAINT c PRIMARY KEY (a, b) INCLUDE (c) DEFERRABLE',
      'PRIMARY',
      'primary key constraints not possible for domains',
    ],
    [
      'ALTER DOMAIN d ADD UNIQUE (a) WITH (fillfactor=70) USING INDEX TABLESPACE x NOT DEFERRABLE',
      'UNIQUE',
      'unique constraints not possible for domains',
    ],
    [
      'ALTER DOMAIN d ADD FOREIGN KEY (a) REFERENCES t',
      'FOREIGN',
      'foreign key constraints not possible for domains',
    ],
    [
      'ALTER DOMAIN s.d ADD FOREIGN KEY (a) REFERENCES t (b) MATCH FULL ON DELETE SET NULL (a) ON UPDATE NO ACTION',
      'FOREIGN',
      'foreign key constraints not possible for domains',
    ],
    ['ALTER DOMAIN d ADD EXCLUDE (a WITH =)', 'EXCLUDE', 'exclusion constraints not possible for domains'],
  ])('%s: refused when added, unlocated', (text, word, message) => {
    expect(domainTableConstraintError(pgliteSyntax(word, 20), text)).toEqual({
      severity: 'ERROR',
      code: '42601',
      message,
    });
  });

  it.each([
    ['ALTER DOMAIN d ADD PRIMARY KEY', 'syntax error at end of input', '31'],
    ['ALTER DOMAIN d ADD UNIQUE', 'syntax error at end of input', '26'],
    ['ALTER DOMAIN d ADD PRIMARY KEY (a', 'syntax error at end of input', '34'],
    ['ALTER DOMAIN d ADD FOREIGN KEY', 'syntax error at end of input', '31'],
    ['ALTER DOMAIN d ADD PRIMARY KEY a', 'syntax error at or near "a"', '32'],
    ['ALTER DOMAIN d ADD PRIMARY KEY ()', 'syntax error at or near ")"', '33'],
    ['ALTER DOMAIN d ADD PRIMARY KEY (a) x', 'syntax error at or near "x"', '36'],
    ['ALTER DOMAIN d ADD PRIMARY KEY ;  SELECT 1', 'syntax error at or near ";"', '32'],
  ])('%s: 15’s syntax error where its grammar stops', (text, message, position) => {
    const word = /primary/i.test(text) ? 'PRIMARY' : /unique/i.test(text) ? 'UNIQUE' : 'FOREIGN';
    expect(domainTableConstraintError(pgliteSyntax(word, 20), text)).toMatchObject({
      code: '42601',
      message,
      position,
    });
  });

  it('refuses NOT VALID and NO INHERIT on a key while parsing, as 15 did', () => {
    expect(
      domainTableConstraintError(
        pgliteSyntax('UNIQUE', 33),
        'ALTER DOMAIN d ADD CONSTRAINT c UNIQUE NULLS DISTINCT (a) NOT VALID NO INHERIT',
      ),
    ).toEqual({ severity: 'ERROR', code: '0A000', message: 'UNIQUE constraints cannot be marked NOT VALID' });
  });

  it('leaves other errors and statements alone', () => {
    expect(domainTableConstraintError(pgliteSyntax('PRIMARY', 20), 'CREATE TABLE t (a int PRIMARY)')).toBe(
      undefined,
    );
    expect(
      domainTableConstraintError(
        { severity: 'ERROR', code: '42601', message: 'syntax error at or near "CHECK"' },
        'ALTER DOMAIN d ADD CHECK',
      ),
    ).toBe(undefined);
  });
});
