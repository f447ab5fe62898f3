import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { dbmsVersion } from './pg15-sql-features.js';

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

describe('dbmsVersion', () => {
  it('spells a version as initdb writes DBMS VERSION', () => {
    expect(dbmsVersion('15.0')).toBe('15.00.0000');
    expect(dbmsVersion('15.20')).toBe('15.20.0000');
  });
});

// Each answer is PostgreSQL 15's (checked against a 15 server); PGlite's own tables are 18's.
describe('PgliteEngine information_schema conformance tables as PostgreSQL 15', () => {
  it(
    "lists 15's SQL features and parts, and 15 as the DBMS version",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite' });
      const counts = await pool.query(
        "SELECT (SELECT count(*) FROM information_schema.sql_features) AS features, (SELECT count(*) FROM information_schema.sql_features WHERE is_supported = 'YES') AS supported, (SELECT count(*) FROM information_schema.sql_parts) AS parts, (SELECT character_value FROM information_schema.sql_implementation_info WHERE implementation_info_name = 'DBMS VERSION') AS version",
      );
      expect(counts.rows).toEqual([
        { features: '714', supported: '416', parts: '10', version: '15.00.0000' },
      ]);
      const json = await pool.query(
        "SELECT feature_id, sub_feature_id, feature_name, is_supported, comments FROM information_schema.sql_features WHERE feature_id IN ('T811', 'T803') ORDER BY 1",
      );
      expect(json.rows).toEqual([
        {
          feature_id: 'T811',
          sub_feature_id: '',
          feature_name: 'Basic SQL/JSON constructor functions',
          is_supported: 'NO',
          comments: '',
        },
      ]);
    },
    PGLITE_START_MS,
  );
});
