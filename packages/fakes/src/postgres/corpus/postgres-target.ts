import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type {
  CorpusClient,
  CorpusDatabase,
  CorpusPool,
  CorpusQueryConfig,
  CorpusTarget,
} from './corpus-target.js';

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

/** How many sessions a case may use: its first connection and its second. */
const SESSIONS = 2;

/**
 * PostgreSQL as a corpus target: one scratch database of its own on the server (created by
 * `start`, dropped by `stop`), emptied before each case, and two sessions kept from case to case.
 * Between cases each session is rolled back and `DISCARD ALL`ed (settings, role, advisory locks,
 * prepared statements, cursors, temporary tables, LISTENs, sequence state): what a new connection
 * would start without. New connections per case cost about half of each case's time (two backend
 * forks); a session that cannot be cleaned, or that the case ended, is replaced by a new one.
 */
export class PostgresCorpusTarget implements CorpusTarget {
  readonly #adminUrl: string;
  readonly #database = `seams_corpus_${randomUUID().slice(0, 8)}`;
  #admin: pg.Pool | undefined;
  #version = '';
  readonly #sessions: (ReusableSession | undefined)[] = [];

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
    await Promise.all(this.#sessions.map((session) => session?.end()));
    this.#sessions.length = 0;
    await this.#admin?.query(`DROP DATABASE IF EXISTS ${this.#database} WITH (FORCE)`);
    await this.#admin?.end();
  }

  async open(): Promise<CorpusDatabase> {
    const sessions: ReusableSession[] = [];
    for (let index = 0; index < SESSIONS; index++) sessions.push(await this.#cleanSession(index));
    await sessions[0]?.client.query(RESET);
    const pool = new CaseSessions(sessions);
    return { pool, close: async () => pool.close() };
  }

  async #cleanSession(index: number): Promise<ReusableSession> {
    const kept = this.#sessions[index];
    if (kept && (await kept.clean())) return kept;
    await kept?.end();
    const url = new URL(this.#adminUrl);
    url.pathname = `/${this.#database}`;
    const session = await ReusableSession.connect(url.toString());
    this.#sessions[index] = session;
    return session;
  }
}

/** One server session kept between cases: knows whether its connection is still there. */
class ReusableSession {
  readonly client: pg.Client;
  #alive = true;
  /**
   * A named prepared statement was sent: pg's client remembers it as parsed (and refuses another
   * text under its name) though DISCARD ALL drops it on the server, so the session is not reused.
   */
  #named = false;

  private constructor(client: pg.Client) {
    this.client = client;
    // A case may end its own session (pg_terminate_backend, a timeout it set): an idle client's
    // error is only this session's end, and the next case gets a new one.
    client.on('error', () => {
      this.#alive = false;
    });
    client.on('end', () => {
      this.#alive = false;
    });
  }

  static async connect(url: string): Promise<ReusableSession> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return new ReusableSession(client);
  }

  /** Back to a new connection's state; false when the session is gone or refuses. */
  async clean(): Promise<boolean> {
    if (!this.#alive || this.#named) return false;
    try {
      // ROLLBACK first: DISCARD ALL cannot run in a transaction block, and a case may leave one open.
      await this.client.query('ROLLBACK');
      await this.client.query('DISCARD ALL');
      return this.#alive;
    } catch {
      return false;
    }
  }

  query(config: CorpusQueryConfig): Promise<unknown> {
    if (config.name !== undefined) this.#named = true;
    return this.client.query(config);
  }

  async end(): Promise<void> {
    this.#alive = false;
    await this.client.end().catch(() => {
      // Already ended by the case, or by the server.
    });
  }
}

/** One case's view of the kept sessions: `query` and the first `connect` get the first, the next the second. */
class CaseSessions implements CorpusPool {
  readonly #sessions: readonly ReusableSession[];
  readonly #checkedOut = new Set<ReusableSession>();

  constructor(sessions: readonly ReusableSession[]) {
    this.#sessions = sessions;
  }

  async query(text: string): Promise<unknown> {
    const [first] = this.#sessions;
    if (!first || this.#checkedOut.has(first))
      throw new Error('corpus target: pool.query while the first session is checked out');
    return first.client.query(text);
  }

  async connect(): Promise<CorpusClient> {
    const session = this.#sessions.find((candidate) => !this.#checkedOut.has(candidate));
    if (!session) throw new Error(`corpus target: a case may use at most ${SESSIONS} sessions`);
    this.#checkedOut.add(session);
    return {
      query: (config: CorpusQueryConfig) => session.query(config),
      // Cleaned before the next case (ROLLBACK, DISCARD ALL) rather than thrown away.
      release: () => {
        this.#checkedOut.delete(session);
      },
    };
  }

  close(): void {
    this.#checkedOut.clear();
  }
}
