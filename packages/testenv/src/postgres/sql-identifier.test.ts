import { describe, expect, it } from 'vitest';
import { commentStatement, quoteDatabaseName, withDatabase } from './sql-identifier.js';

describe('sql identifiers', () => {
  it('quotes names of our own making', () => {
    expect(quoteDatabaseName('seams_ab12cd34_tpl_0f')).toBe('"seams_ab12cd34_tpl_0f"');
  });

  it('refuses anything else instead of escaping it', () => {
    expect(() => quoteDatabaseName('x"; DROP DATABASE postgres; --')).toThrow(/unsafe database name/);
    expect(() => quoteDatabaseName('a'.repeat(64))).toThrow(/unsafe/);
  });

  it('points a server URL at another database, keeping credentials and options', () => {
    expect(withDatabase('postgres://u:p@localhost:5432/postgres?sslmode=disable', 'seams_x')).toBe(
      'postgres://u:p@localhost:5432/seams_x?sslmode=disable',
    );
  });

  it('comments a database only with wording of its own', () => {
    expect(
      commentStatement('seams_tpl_0f', 'seams-testenv template, last used 2026-12-03T12:00:00.000Z'),
    ).toBe(
      `COMMENT ON DATABASE "seams_tpl_0f" IS 'seams-testenv template, last used 2026-12-03T12:00:00.000Z'`,
    );
    expect(() => commentStatement('seams_tpl_0f', "it's")).toThrow(/unsafe comment/);
  });
});
