import { describe, expect, it } from 'vitest';
import { missingDatabaseProblem } from './ensure-database.js';

describe('missingDatabaseProblem', () => {
  it('says how to create the database, never showing the password', () => {
    expect(missingDatabaseProblem('postgres://postgres:s3cret@127.0.0.1:5432/orders')).toBe(
      'DATABASE_URL names database "orders", which does not exist on 127.0.0.1:5432: create it with ' +
        '`createdb -h 127.0.0.1 -p 5432 -U postgres orders`, or start with --create-database ' +
        '(CREATE_DATABASE=1) to have the service create it',
    );
  });

  it('quotes a name the shell would split, and defaults the port', () => {
    expect(missingDatabaseProblem("postgresql://db.internal/it's%20mine")).toBe(
      `DATABASE_URL names database "it's mine", which does not exist on db.internal:5432: create it with ` +
        "`createdb -h db.internal -p 5432 'it'\\''s mine'`, or start with --create-database " +
        '(CREATE_DATABASE=1) to have the service create it',
    );
  });
});
