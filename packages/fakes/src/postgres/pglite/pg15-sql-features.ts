import { SERVER_VERSION } from '../wire/server-version.js';
import type { CatalogStatement } from './pg15-catalog.js';
import { PG15_SQL_FEATURES, PG15_SQL_PARTS } from './pg15-sql-features-data.js';

/**
 * information_schema's SQL conformance tables as PostgreSQL 15's initdb fills them. They are plain
 * tables filled from the server's own feature list, so PGlite (18) lists the features 16-18
 * added or finished (SQL/JSON, SQL/PGQ's part 16) and says its DBMS VERSION is 18: a tool reading
 * them (a conformance report, a feature check before using one) would see another server than
 * the 15 the fake claims. Refilled once per database from 15's rows (pg15-sql-features-data.ts).
 */
export function sqlConformanceStatements(): CatalogStatement[] {
  return [
    { text: 'TRUNCATE information_schema.sql_features, information_schema.sql_parts', params: [] },
    {
      text: `INSERT INTO information_schema.sql_features (feature_id, feature_name, sub_feature_id, sub_feature_name, is_supported, comments)
        SELECT f[1], f[2], f[3], f[4], f[5], f[6]
        FROM pg_catalog.unnest(pg_catalog.string_to_array($1, E'\\n')) WITH ORDINALITY AS l (line, n),
          pg_catalog.string_to_array(l.line, '|') AS f
        ORDER BY l.n`,
      params: [PG15_SQL_FEATURES],
    },
    {
      text: `INSERT INTO information_schema.sql_parts (feature_id, feature_name, is_supported, comments)
        SELECT f[1], f[2], f[3], f[4]
        FROM pg_catalog.unnest(pg_catalog.string_to_array($1, E'\\n')) WITH ORDINALITY AS l (line, n),
          pg_catalog.string_to_array(l.line, '|') AS f
        ORDER BY l.n`,
      params: [PG15_SQL_PARTS],
    },
    {
      text: `UPDATE information_schema.sql_implementation_info SET character_value = $1 WHERE implementation_info_name = 'DBMS VERSION'`,
      params: [dbmsVersion(SERVER_VERSION)],
    },
  ];
}

/** initdb's form of the version for DBMS VERSION: `15.0` is `15.00.0000`. */
export function dbmsVersion(version: string): string {
  const [major = '0', minor = '0'] = version.split('.');
  return `${major.padStart(2, '0')}.${minor.padStart(2, '0')}.0000`;
}
