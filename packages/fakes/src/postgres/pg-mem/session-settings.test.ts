import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { sessionCommand } from './session-settings.js';

async function shownAfter(value: string): Promise<unknown> {
  const fake = await createFakePostgres({ engine: 'pg-mem' });
  await fake.pool.query(`SET statement_timeout = ${value}`);
  const { rows } = await fake.pool.query('SHOW statement_timeout');
  return rows[0]?.statement_timeout;
}

describe('a duration setting read as guc.c parse_int reads it', () => {
  it('rounds halves to even (rint), after rounding to the next smaller unit', async () => {
    expect(await shownAfter('2.5')).toBe('2ms');
    expect(await shownAfter('3.5')).toBe('4ms');
    expect(await shownAfter('0.5')).toBe('0');
    expect(await shownAfter("'2500us'")).toBe('2ms');
    expect(await shownAfter("'0.0025s'")).toBe('2ms');
    expect(await shownAfter("'0.00001d'")).toBe('0');
    expect(await shownAfter("'1.5min'")).toBe('90s');
  });

  it('reads numbers as strtol (base 0) then strtod do', async () => {
    expect(await shownAfter("'010'")).toBe('8ms');
    expect(await shownAfter('010')).toBe('10ms');
    expect(await shownAfter("'0x10s'")).toBe('16s');
    expect(await shownAfter("'2.5e1'")).toBe('25ms');
    expect(await shownAfter("'.5s'")).toBe('500ms');
    expect(await shownAfter("' +7 ms '")).toBe('7ms');
  });

  it('still fails what PostgreSQL fails with 22023', async () => {
    const fake = await createFakePostgres({ engine: 'pg-mem' });
    for (const value of ["'08'", "'1e'", "'5 MS'", "'constructor'", "''", "'-1'"]) {
      await expect(fake.pool.query(`SET statement_timeout = ${value}`)).rejects.toMatchObject({
        code: '22023',
      });
    }
  });
});

describe('application_name and client_min_messages as PostgreSQL 15 keeps them', () => {
  async function shown(setting: string, value: string): Promise<unknown> {
    const fake = await createFakePostgres({ engine: 'pg-mem' });
    await fake.pool.query(`SET ${setting} = ${value}`);
    const { rows } = await fake.pool.query(`SHOW ${setting}`);
    return rows[0]?.[setting];
  }

  it('cuts application_name to 63 bytes, then cleans it to printable ASCII byte by byte', async () => {
    expect(await shown('application_name', `'${'x'.repeat(70)}'`)).toBe('x'.repeat(63));
    expect(await shown('application_name', `'${'a'.repeat(62)}é'`)).toBe('a'.repeat(62));
    expect(await shown('application_name', `'${'é'.repeat(40)}'`)).toBe('?'.repeat(62));
    expect(await shown('application_name', "'héllo\tapp'")).toBe('h??llo?app');
  });

  it('takes the hidden levels debug (shown as debug2) and info', async () => {
    expect(await shown('client_min_messages', 'DEBUG')).toBe('debug2');
    expect(await shown('client_min_messages', 'info')).toBe('info');
    const fake = await createFakePostgres({ engine: 'pg-mem' });
    await expect(fake.pool.query('SET client_min_messages = fatal')).rejects.toMatchObject({ code: '22023' });
  });
});

describe('SET LOCAL and savepoints', () => {
  it('undoes a SET LOCAL made after a savepoint on ROLLBACK TO, and keeps one made before it', async () => {
    const fake = await createFakePostgres({ engine: 'pg-mem' });
    const client = await fake.pool.connect();
    const shown = async () => (await client.query('SHOW statement_timeout')).rows[0]?.statement_timeout;
    try {
      await client.query('BEGIN');
      await client.query("SET statement_timeout = '1s'");
      await client.query("SET LOCAL lock_timeout = '3s'");
      await client.query('SAVEPOINT a');
      await client.query("SET LOCAL statement_timeout = '2s'");
      await client.query("SET LOCAL lock_timeout = '4s'");
      expect(await shown()).toBe('2s');
      await client.query('ROLLBACK TO a');
      expect(await shown()).toBe('1s');
      expect((await client.query('SHOW lock_timeout')).rows[0]?.lock_timeout).toBe('3s');
      await client.query('COMMIT');
      expect(await shown()).toBe('1s');
      expect((await client.query('SHOW lock_timeout')).rows[0]?.lock_timeout).toBe('0');
    } finally {
      client.release();
    }
  });
});

describe('a SET value', () => {
  it('is never a parameter: `$1` is not a value SET reads (the server fails it as a syntax error), so no 22023 for it', async () => {
    expect(sessionCommand('SET statement_timeout = $1')).toBeUndefined();
    const fake = await createFakePostgres({ engine: 'pg-mem' });
    const failure = fake.pool.query('SET statement_timeout = $1', ['250']);
    await expect(failure).rejects.not.toMatchObject({ code: '22023' });
    expect(sessionCommand('SET search_path = a$b')).toMatchObject({ items: [{ text: 'a$b' }] });
  });
});
