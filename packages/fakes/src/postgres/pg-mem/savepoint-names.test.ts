import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { savepointCommand } from './savepoint-command.js';

describe('savepoint names on pg-mem', () => {
  it('reads a ColId: a reserved keyword or a number is a syntax error at the name', () => {
    expect(() => savepointCommand('SAVEPOINT select')).toThrow(
      expect.objectContaining({ code: '42601', fields: expect.objectContaining({ position: '11' }) }),
    );
    expect(() => savepointCommand('  ROLLBACK TO SAVEPOINT user')).toThrow(
      expect.objectContaining({ code: '42601', fields: expect.objectContaining({ position: '25' }) }),
    );
    expect(() => savepointCommand('RELEASE 1')).toThrow(expect.objectContaining({ code: '42601' }));
    expect(() => savepointCommand('SAVEPOINT 1abc')).toThrow(expect.objectContaining({ code: '0A000' }));
    // Unreserved and column-name keywords are names; quoted, any word is.
    expect(savepointCommand('SAVEPOINT level')).toEqual({ kind: 'savepoint', name: 'level' });
    expect(savepointCommand('SAVEPOINT between')).toEqual({ kind: 'savepoint', name: 'between' });
    expect(savepointCommand('RELEASE "select"')).toEqual({ kind: 'release', name: 'select' });
  });

  it('truncates a name to 63 bytes, as PostgreSQL truncates identifiers', () => {
    const long = 'a'.repeat(63);
    expect(savepointCommand(`SAVEPOINT ${long}xyz`)).toEqual({ kind: 'savepoint', name: long });
    expect(savepointCommand(`ROLLBACK TO "${'é'.repeat(40)}"`)).toEqual({
      kind: 'rollback to',
      name: 'é'.repeat(31),
    });
  });

  it('aborts the transaction on the syntax error, and finds a truncated name again', async () => {
    const fake = await createFakePostgres();
    const client = await fake.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SAVEPOINT ${'b'.repeat(63)}1`);
      await client.query(`ROLLBACK TO ${'b'.repeat(63)}2`);
      await expect(client.query('SAVEPOINT all')).rejects.toMatchObject({ code: '42601', position: '11' });
      await expect(client.query('SELECT 1')).rejects.toMatchObject({ code: '25P02' });
      await client.query('ROLLBACK');
    } finally {
      client.release();
      await fake.close();
    }
  });
});
