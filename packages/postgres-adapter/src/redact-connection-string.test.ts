import { describe, expect, it } from 'vitest';
import { createPostgresPool, PostgresConfigError } from './create-postgres-pool.js';
import { redactConnectionString } from './redact-connection-string.js';

describe('redactConnectionString', () => {
  it.each([
    ['postgres://app:s3cret@db:5432/shop', 'postgres://app:***@db:5432/shop'],
    [
      'postgresql://app:p%40ss%3Aword@db/shop?sslmode=require',
      'postgresql://app:***@db/shop?sslmode=require',
    ],
    ['postgres://db/shop?user=app&password=s3cret', 'postgres://db/shop?user=app&password=***'],
    ['postgres://app@db/shop', 'postgres://app@db/shop'],
    ['host=db user=app password=s3cret dbname=shop', 'host=db user=app password=*** dbname=shop'],
    ["host=db password='s3 cret' dbname=shop", 'host=db password=*** dbname=shop'],
    ['postgres://app:s3cret@[::1:bad/shop', '<unparsable URL>'],
  ])('%s → %s', (input, expected) => {
    expect(redactConnectionString(input)).toBe(expected);
  });
});

describe('createPostgresPool', () => {
  it('refuses a malformed connection string without echoing its password', () => {
    let caught: unknown;
    try {
      createPostgresPool({ connectionString: 'mysql://app:s3cret@db/shop' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PostgresConfigError);
    expect(String((caught as Error).message)).toContain('mysql://app:***@db/shop');
    expect(String((caught as Error).message)).not.toContain('s3cret');
  });

  it('builds a pool with bounded timeouts, connecting lazily', async () => {
    const pool = createPostgresPool({ connectionString: 'postgres://app:s3cret@127.0.0.1:1/shop' });
    expect(pool.options).toMatchObject({
      connectionTimeoutMillis: 5_000,
      statement_timeout: 30_000,
      idle_in_transaction_session_timeout: 60_000,
      max: 10,
    });
    await pool.end();
  });
});
