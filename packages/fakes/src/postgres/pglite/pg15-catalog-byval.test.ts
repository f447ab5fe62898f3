import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

const SCHEMA = [
  {
    name: 'eight-byte columns',
    sql: `CREATE DOMAIN big_id AS bigint;
      CREATE TABLE ledger (id big_id, amount money, at timestamptz, ratio float8, mac macaddr8, n int);`,
  },
];

// Each answer is a 64-bit PostgreSQL 15's (checked against a 15 server); PGlite is 32-bit WebAssembly.
describe('PgliteEngine catalogs: pg_type as a 64-bit PostgreSQL 15 has it', () => {
  it(
    "lists none of the fake's own types nor the row types of the relations it hides",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      const own = await pool.query(
        "SELECT count(*)::int AS n FROM pg_type WHERE typname ~ 'pglite18_' OR typname IN ('pg_stat_io', '_pg_stat_io')",
      );
      expect(own.rows).toEqual([{ n: 0 }]);
    },
    PGLITE_START_MS,
  );

  it(
    'lists 8-byte double-aligned types by value in pg_type, and pointer-sized pseudo-types as 8 bytes',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      const types = await pool.query(
        "SELECT typname, typlen, typbyval, typalign FROM pg_type WHERE typname IN ('int8', 'float8', 'timestamptz', 'macaddr8', 'int4', 'internal', 'big_id') ORDER BY typname",
      );
      expect(types.rows).toEqual([
        { typname: 'big_id', typlen: 8, typbyval: true, typalign: 'd' },
        { typname: 'float8', typlen: 8, typbyval: true, typalign: 'd' },
        { typname: 'int4', typlen: 4, typbyval: true, typalign: 'i' },
        { typname: 'int8', typlen: 8, typbyval: true, typalign: 'd' },
        { typname: 'internal', typlen: 8, typbyval: true, typalign: 'd' },
        { typname: 'macaddr8', typlen: 8, typbyval: false, typalign: 'i' },
        { typname: 'timestamptz', typlen: 8, typbyval: true, typalign: 'd' },
      ]);
    },
    PGLITE_START_MS,
  );

  it(
    'lists a table column of an 8-byte type by value in pg_attribute',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      const columns = await pool.query(
        "SELECT attname, attbyval FROM pg_attribute WHERE attrelid = 'ledger'::regclass AND attnum > 0 ORDER BY attnum",
      );
      expect(columns.rows).toEqual([
        { attname: 'id', attbyval: true },
        { attname: 'amount', attbyval: true },
        { attname: 'at', attbyval: true },
        { attname: 'ratio', attbyval: true },
        { attname: 'mac', attbyval: false },
        { attname: 'n', attbyval: true },
      ]);
    },
    PGLITE_START_MS,
  );
});
