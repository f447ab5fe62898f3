import pg from 'pg';
import { EngineSocket } from './wire/engine-socket.js';
import type { FakeDatabase } from './wire/protocol-session.js';

/** pg pool settings a test may choose for the fake; the connection settings belong to the fake. */
export type FakePoolConfig = Pick<
  pg.PoolConfig,
  | 'max'
  | 'connectionTimeoutMillis'
  | 'types'
  | 'statement_timeout'
  | 'query_timeout'
  | 'application_name'
  | 'options'
>;

/**
 * A real `pg.Pool` whose connections reach the fake database through an in-process socket instead
 * of TCP: pool bookkeeping, events, overloads, type parsing and `DatabaseError` are pg's own, so
 * it is assignable wherever code types `pg.Pool`, and its clients are real `pg.Client`s.
 */
export class FakePostgresPool extends pg.Pool {
  constructor(database: FakeDatabase, config: FakePoolConfig = {}) {
    let connections = 0;
    super({
      ...config,
      // Fake connections cost nothing idle: keep them (no idle timers), and never hold the process open.
      idleTimeoutMillis: 0,
      allowExitOnIdle: true,
      ssl: false,
      stream: () => new EngineSocket(database, ++connections),
    });
    // Two checks pg leaves to the server: a client used after release() is refused (08003), and a
    // transaction a released client left open is rolled back instead of handed to the next user.
    this.on('acquire', (client) => socketOf(client)?.checkOut());
    this.on('release', (_error, client) => socketOf(client)?.checkIn());
  }

  /** Clients checked out and not yet released: 0 after work that always releases. */
  get checkedOutCount(): number {
    return this.totalCount - this.idleCount;
  }
}

function socketOf(client: pg.PoolClient): EngineSocket | undefined {
  const { stream } = client.connection;
  return stream instanceof EngineSocket ? stream : undefined;
}
