/**
 * The server version every fake database reports, on both engines and by every route a client
 * reads it (the wire's ParameterStatus at startup, `SHOW server_version`, `server_version_num`,
 * `version()`, `pg_settings`).
 *
 * It is PostgreSQL 15 because that is the dialect both engines answer in: pg-mem is made to answer
 * as 15, and PGlite (PostgreSQL 18 compiled to WASM) is made to by pg15-dialect.ts and
 * pg15-catalog.ts. Clients branch on this number (an ORM choosing `NULLS NOT DISTINCT` or `MERGE`,
 * a migration tool choosing `CREATE INDEX CONCURRENTLY IF NOT EXISTS`, a driver choosing a
 * catalog query); one that read 18 would send 16-18 syntax the fake then refuses as 15 does, and
 * one that read two versions would branch differently on each engine. The minor is .0: the fake
 * copies no particular 15.x release's fixes, so it claims none of them.
 */
export const SERVER_VERSION = '15.0';

/** `server_version_num`: major * 10000 + minor, as PostgreSQL 10 and later spell it. */
export const SERVER_VERSION_NUM = '150000';
