import { describe, expect, it } from 'vitest';
import { classify, ordersItsRows } from './classify.js';
import type { CaseOutcome, ErrorOutcome } from './outcome.js';
import type { SqlCase } from './sql-case.js';

const sqlCase: SqlCase = { name: 'a cast that fails', group: 'errors', steps: ["SELECT 'x'::int"] };

function failed(fields: ErrorOutcome['fields'], code = '22P02'): CaseOutcome {
  return { steps: [{ kind: 'error', code, fields, message: 'invalid input syntax for type integer: "x"' }] };
}

describe('classify: error fields', () => {
  const postgres = failed({ position: '8', hint: 'a hint' });

  it('is SAME when every field matches', () => {
    expect(classify(sqlCase, postgres, failed({ position: '8', hint: 'a hint' }))).toEqual({
      verdict: 'same',
    });
  });

  it('is SAME with the omission named when an informational field is left out', () => {
    expect(classify(sqlCase, postgres, failed({ hint: 'a hint' }))).toEqual({
      verdict: 'same',
      omitted: ['position'],
    });
    expect(classify(sqlCase, postgres, failed({}))).toEqual({
      verdict: 'same',
      omitted: ['hint', 'position'],
    });
  });

  it('is SILENT when an informational field the engine gives differs', () => {
    expect(classify(sqlCase, postgres, failed({ position: '9', hint: 'a hint' })).verdict).toBe('silent');
  });

  it('is SILENT when the engine gives an informational field PostgreSQL does not', () => {
    const withContext = failed({ position: '8', hint: 'a hint', where: 'SQL function "f" statement 1' });
    expect(classify(sqlCase, postgres, withContext).verdict).toBe('silent');
  });

  it('is SILENT when the engine leaves out the detail (not an informational field)', () => {
    const detailed = failed({ detail: 'Key (id)=(1) already exists.' }, '23505');
    expect(classify(sqlCase, detailed, failed({}, '23505')).verdict).toBe('silent');
  });

  it('is SILENT on another SQLSTATE whatever the fields', () => {
    expect(classify(sqlCase, postgres, failed({ position: '8', hint: 'a hint' }, '42804')).verdict).toBe(
      'silent',
    );
  });

  it('compares a failed set-up the same way', () => {
    const setupFailed = (fields: ErrorOutcome['fields']): CaseOutcome => ({
      setupError: { kind: 'error', code: '42601', fields, message: 'syntax error' },
      steps: [],
    });
    expect(classify(sqlCase, setupFailed({ position: '3' }), setupFailed({}))).toEqual({
      verdict: 'same',
      omitted: ['position'],
    });
    expect(classify(sqlCase, setupFailed({ position: '3' }), setupFailed({ position: '4' })).verdict).toBe(
      'silent',
    );
  });
});

describe('classify: which statements order their rows', () => {
  it('sees an ORDER BY of the outer query', () => {
    expect(ordersItsRows('SELECT a FROM t ORDER BY a')).toBe(true);
    expect(ordersItsRows('SELECT * FROM (SELECT a FROM t) s ORDER BY a')).toBe(true);
    expect(ordersItsRows('SELECT f(x) FROM t WHERE g(y) ORDER BY (a)')).toBe(true);
  });

  it('does not take a derived table’s ORDER BY for the outer query’s, nested parentheses and all', () => {
    expect(ordersItsRows('SELECT DISTINCT * FROM (SELECT a FROM t ORDER BY a LIMIT 2) s')).toBe(false);
    expect(
      ordersItsRows(
        'SELECT DISTINCT * FROM (SELECT * FROM (SELECT NOT b AS c1 FROM t1) s1 ORDER BY c1 DESC OFFSET 2) s2',
      ),
    ).toBe(false);
    expect(ordersItsRows("SELECT * FROM (SELECT abs(x - 3), ')' FROM t ORDER BY 1 LIMIT 1) s")).toBe(false);
  });
});
