import { describe, expect, it } from 'vitest';
import { multiAssignSourceError } from './multi-assign-source.js';

describe('multiAssignSourceError', () => {
  // Positions are PostgreSQL 15's: the leftmost token of the source, inside grouping parentheses.
  it.each([
    ["UPDATE a SET (st) = ('p')", 22],
    ["UPDATE a SET (st) = 'p'", 21],
    ['UPDATE a SET (st) = (DEFAULT)', 22],
    ['UPDATE a SET (v) = ((1) + 1)', 22],
    ["UPDATE a SET (st) = ('p' || (SELECT 'q'))", 22],
    ["UPDATE a SET (st, v) = ('p')", 25],
    ["UPDATE a SET v = 1, (st) = ('x') WHERE id = 1", 29],
    ['UPDATE a SET (st) = ($1::text)', 22],
    ['INSERT INTO a VALUES (1) ON CONFLICT (id) DO UPDATE SET (v) = (excluded.v)', 64],
    ["WITH u AS (UPDATE a SET (st) = ('p') RETURNING *) SELECT * FROM u", 33],
  ])('refuses %s at %i', (text, position) => {
    expect(multiAssignSourceError(text)).toEqual({ position });
  });

  it.each([
    "UPDATE a SET (st, v) = ('p', 1)",
    "UPDATE a SET (st) = (SELECT 'p')",
    "UPDATE a SET (st) = ((SELECT 'p'))",
    "UPDATE a SET (st) = ROW('p')",
    'UPDATE a SET (st, v) = ((DEFAULT, 1))',
    "UPDATE a SET v = (1), st = ('x') WHERE (id) = (1)",
    "UPDATE a SET v = CASE WHEN st = 'x' THEN 1 END WHERE (id) = (1)",
    'ALTER TABLE a SET (fillfactor = 70)',
    "SELECT 'UPDATE a SET (st) = (1)'",
    'SET search_path = public; SELECT (1) = (1)',
  ])('accepts %s', (text) => {
    expect(multiAssignSourceError(text)).toBeUndefined();
  });
});
