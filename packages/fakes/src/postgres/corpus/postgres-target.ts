import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { CorpusDatabase, CorpusTarget } from './corpus-target.js';

// Drops every schema a case may have made (public included, with its tables, types, sequences and
// extensions) and recreates an empty public: a fresh database in a few milliseconds, not a clone.
const RESET = `
  DO $$
  DECLARE s text;
  BEGIN
    FOR s IN SELECT nspname FROM pg_namespace
             WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
      EXECUTE format('DROP SCHEMA %I CASCADE', s);
    END LOOP;
    CREATE SCHEMA public;
  END $$`;

/**
 * PostgreSQL as a corpus target: one scratch database of its own on the server (created by
 * `start`, dropped by `stop`), emptied before each case, and a new pool per case so no session
 * state (settings, advisory locks, prepared statements) carries over.
 */
export class PostgresCorpusTarget implements CorpusTarget {
  readonly #adminUrl: string;
  readonly #database = `seams_corpus_${randomUUID().slice(0, 8)}`;
  #admin: pg.Pool | undefined;
  #version = '';

  constructor(adminUrl: string) {
    this.#adminUrl = adminUrl;
  }

  get name(): string {
    return this.#version.match(/^PostgreSQL \d+/)?.[0] ?? 'PostgreSQL';
  }

  /** `SELECT version()`, once `start` has run. */
  get version(): string {
    return this.#version;
  }

  async start(): Promise<void> {
    this.#admin = new pg.Pool({ connectionString: this.#adminUrl, max: 1 });
    await this.#admin.query(`CREATE DATABASE ${this.#database}`);
    const { rows } = await this.#admin.query<{ version: string }>('SELECT version()');
    this.#version = rows[0]?.version ?? '';
  }

  async stop(): Promise<void> {
    await this.#admin?.query(`DROP DATABASE IF EXISTS ${this.#database} WITH (FORCE)`);
    await this.#admin?.end();
  }

  async open(): Promise<CorpusDatabase> {
    const url = new URL(this.#adminUrl);
    url.pathname = `/${this.#database}`;
    const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
    await pool.query(RESET);
    return { pool, close: () => pool.end() };
  }
}
