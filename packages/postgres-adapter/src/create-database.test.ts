import { describe, expect, it } from 'vitest';
import { databaseName } from './create-database.js';
import { PostgresConfigError } from './create-postgres-pool.js';

describe('databaseName', () => {
  it('is the decoded path of the URL', () => {
    expect(databaseName('postgres://app:pw@db:5432/orders')).toBe('orders');
    expect(databaseName('postgres://db/my%20%22shop%22?sslmode=require')).toBe('my "shop"');
  });

  it('refuses a URL without one, the password hidden', () => {
    expect(() => databaseName('postgres://app:hunter2@db:5432')).toThrow(
      new PostgresConfigError(
        'no database name in postgres://app:***@db:5432: expected postgres://user@host:5432/name',
      ),
    );
  });
});
