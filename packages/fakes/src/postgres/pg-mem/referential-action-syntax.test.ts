import { describe, expect, it } from 'vitest';
import { referentialActionSyntaxError } from './referential-action-syntax.js';

describe('referentialActionSyntaxError', () => {
  // Each refusal below is PostgreSQL 15's: syntax error at or near the word, at its position.
  it.each([
    ['CREATE TABLE c (p int REFERENCES p ON DELETE CASCADE ON DELETE SET NULL)', 'DELETE', 57],
    ['CREATE TABLE c (p int REFERENCES p ON UPDATE CASCADE ON UPDATE SET NULL)', 'UPDATE', 57],
    ['CREATE TABLE c (p int REFERENCES p ON DELETE CASCADE ON UPDATE CASCADE ON DELETE CASCADE)', 'ON', 72],
    [
      'CREATE TABLE c (p int, FOREIGN KEY (p) REFERENCES p ON DELETE CASCADE ON DELETE SET NULL)',
      'DELETE',
      74,
    ],
    [
      'CREATE TABLE c (p int, FOREIGN KEY (p) REFERENCES s.p (id) ON UPDATE RESTRICT ON UPDATE NO ACTION)',
      'UPDATE',
      82,
    ],
    ['CREATE TABLE c (p int REFERENCES p MATCH FULL MATCH SIMPLE)', 'MATCH', 47],
    ['CREATE TABLE c (p int REFERENCES p ON DELETE CASCADE MATCH FULL)', 'MATCH', 54],
    [
      'CREATE TABLE c (a int, FOREIGN KEY (a) REFERENCES p ON DELETE SET NULL (a) ON DELETE NO ACTION)',
      'DELETE',
      79,
    ],
    ['ALTER TABLE c ADD FOREIGN KEY (p) REFERENCES p ON DELETE CASCADE ON DELETE SET NULL', 'DELETE', 69],
    ['ALTER TABLE c ADD COLUMN q int REFERENCES "P" ON DELETE CASCADE ON DELETE RESTRICT', 'DELETE', 68],
    ['create table c (p int references p on delete cascade /* x */ on delete no action)', 'delete', 65],
  ])('refuses %s at "%s"', (text, near, position) => {
    expect(referentialActionSyntaxError(text)).toEqual({ near, position });
    expect(text.slice(position - 1, position - 1 + near.length)).toBe(near);
  });

  it.each([
    'CREATE TABLE c (p int REFERENCES p ON DELETE CASCADE ON UPDATE RESTRICT)',
    'CREATE TABLE c (p int REFERENCES p (id) MATCH SIMPLE ON UPDATE CASCADE ON DELETE SET NULL)',
    'CREATE TABLE c (p int REFERENCES p ON DELETE SET NULL (p) ON UPDATE SET DEFAULT DEFERRABLE)',
    'CREATE TABLE c (a int REFERENCES p ON DELETE CASCADE, b int REFERENCES p ON DELETE CASCADE)',
    'CREATE TABLE c (p int REFERENCES p ON DELETE CASCADE REFERENCES q ON DELETE SET NULL)',
    "CREATE TABLE c (p int REFERENCES p ON DELETE CASCADE, n text DEFAULT 'on delete x on delete')",
    'GRANT REFERENCES ON p TO r',
    'GRANT SELECT, REFERENCES (id) ON p TO r',
    'SELECT 1',
  ])('reads %s', (text) => {
    expect(referentialActionSyntaxError(text)).toBeUndefined();
  });
});
