import { FakePostgresSetupError } from '../fake-postgres-setup-error.js';
import type { EngineReply } from '../postgres-engine.js';

/** Runs SQL on the engine's session (simple protocol). */
export type RunSql = (text: string) => Promise<EngineReply>;

// The reset's own objects live in pg_catalog under the hidden prefix (pg15-engine-objects.ts): a
// schema of their own would show in pg_namespace, information_schema.schemata and `::regnamespace`,
// where a fresh PostgreSQL 15 database has no such schema.
const PREFIX = 'pg_catalog.pglite18_';

// Creating a table in pg_catalog takes allow_system_table_mods (a superuser's setting).
const SYSTEM_MODS = 'SET allow_system_table_mods = on';

// A log of schema changes made after the snapshot: reset() restores rows, not DDL, so it refuses
// (loudly) rather than hand the next test a schema the migrations never made.
const SCHEMA_CHANGE_LOG = `
${SYSTEM_MODS};
CREATE TABLE ${PREFIX}schema_changes (command text NOT NULL);
CREATE FUNCTION ${PREFIX}note_schema_change() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO ${PREFIX}schema_changes
  SELECT command_tag || ' ' || coalesce(object_identity, '') FROM pg_event_trigger_ddl_commands()
  WHERE schema_name IS DISTINCT FROM 'pg_catalog' AND schema_name NOT LIKE 'pg\\_temp%';
END $$;
CREATE EVENT TRIGGER pglite18_schema_changes ON ddl_command_end EXECUTE FUNCTION ${PREFIX}note_schema_change();
RESET allow_system_table_mods;`;

/**
 * Drops what `TableReset.record` made (the log, its event trigger and function, the seed copies):
 * a PGlite emptied for another schema (recycled-cluster.ts) keeps none of an earlier lease's.
 */
export const DROP_RESET_OBJECTS = `
${SYSTEM_MODS};
DROP EVENT TRIGGER IF EXISTS pglite18_schema_changes;
DROP FUNCTION IF EXISTS ${PREFIX}note_schema_change();
DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT relname FROM pg_catalog.pg_class
           WHERE relnamespace = 'pg_catalog'::pg_catalog.regnamespace AND relkind = 'r'
             AND (relname = 'pglite18_schema_changes' OR relname LIKE 'pglite18\\_seed\\_%') LOOP
    EXECUTE pg_catalog.format('DROP TABLE pg_catalog.%I', t);
  END LOOP;
END $$;
RESET allow_system_table_mods;`;

const USER_TABLES = `
SELECT format('%I.%I', n.nspname, c.relname), c.oid::text, (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum)
  FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '')
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'
ORDER BY 1`;

const SEQUENCES = `
SELECT format('%I.%I', schemaname, sequencename), coalesce(last_value, start_value)::text, (last_value IS NOT NULL)::text
FROM pg_sequences WHERE schemaname <> 'pg_catalog' ORDER BY 1`;

/**
 * Puts a PGlite database back to its migrated state by rows: every user table emptied with DELETE
 * (FK checks and user triggers off for it: `session_replication_role = replica`), the rows the
 * migrations left (seed data, the migrations ledger) copied back from a side copy, and every
 * sequence set back to where the migrations left it. One round trip of one implicit transaction.
 * Measured against TRUNCATE (new files for every table: several ms) and a rolled-back outer
 * transaction (freezes `now()` across a test's transactions, cannot undo sequences, and turns
 * COMMIT into RELEASE SAVEPOINT, so deferred constraints never fire): see the package README.
 */
export class TableReset {
  private constructor(private readonly sql: string) {}

  /** Reads the migrated state: user tables, their rows (copied aside), sequences; starts the schema-change log. */
  static async record(run: RunSql): Promise<TableReset> {
    const tables = await rows(run, USER_TABLES);
    const sequences = await rows(run, SEQUENCES);
    await check(run, SCHEMA_CHANGE_LOG);
    const statements = [`SET LOCAL session_replication_role = replica`];
    const seeds: string[] = [];
    for (const [name, oid, columns] of tables) {
      statements.push(`DELETE FROM ${name}`);
      const [[count] = []] = await rows(run, `SELECT count(*)::text FROM ${name}`);
      if (count === '0' || !columns) continue;
      const copy = `${PREFIX}seed_${oid}`;
      seeds.push(`CREATE TABLE ${copy} AS SELECT ${columns} FROM ${name}`);
      statements.push(
        `INSERT INTO ${name} (${columns}) OVERRIDING SYSTEM VALUE SELECT ${columns} FROM ${copy}`,
      );
    }
    if (seeds.length > 0)
      await check(run, [SYSTEM_MODS, ...seeds, 'RESET allow_system_table_mods'].join(';\n'));
    if (sequences.length > 0) {
      const setvals = sequences.map(([name, value, called]) => `setval('${name}', ${value}, ${called})`);
      statements.push(`SELECT ${setvals.join(', ')}`);
    }
    await check(run, `DELETE FROM ${PREFIX}schema_changes`);
    return new TableReset([`SELECT command FROM ${PREFIX}schema_changes`, ...statements].join(';\n'));
  }

  /** Restores the recorded state; refuses when a test changed the schema since. */
  async apply(run: RunSql): Promise<void> {
    // The session first: a test may have left it unable to restore (default_transaction_read_only,
    // a search_path without the tables' schema).
    await check(run, 'DISCARD ALL');
    const reply = await check(run, this.sql);
    const changes = reply.results[0]?.rows.map(([command]) => command) ?? [];
    if (changes.length > 0) {
      throw new FakePostgresSetupError(
        'FAKE_PG_RESET_REFUSED',
        `fake postgres: reset() restores rows, not schema, and the schema changed since the migrations (${changes.join('; ')}). ` +
          'Put schema changes in the migrations, or give such a test its own createFakePostgres with those migrations.',
      );
    }
    await check(run, 'DISCARD ALL');
  }
}

async function check(run: RunSql, text: string): Promise<EngineReply> {
  const reply = await run(text);
  if (reply.error) {
    throw new FakePostgresSetupError(
      'FAKE_PG_RESET_REFUSED',
      `fake postgres: reset SQL failed: ${reply.error.message} (${reply.error.code})`,
    );
  }
  return reply;
}

async function rows(run: RunSql, text: string): Promise<string[][]> {
  const reply = await check(run, text);
  return (reply.results[0]?.rows ?? []).map((row) => row.map((value) => value ?? ''));
}
