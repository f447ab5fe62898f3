// Start-up on a real PostgreSQL whose database does not exist yet: the message a newcomer meets,
// and the opt-in that creates the database.
import { randomUUID } from 'node:crypto';
import { createPostgresPool } from '@seams/postgres-adapter';
import { postgresUrl } from '@seams/testenv/vitest';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startServerProcess } from './testing/server-process.js';

/** A database name of this test's own, dropped when the test ends whether or not it was created. */
function uniqueDatabase(): { name: string; url: string } {
  const name = `seams_first_run_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const url = new URL(postgresUrl());
  url.pathname = `/${name}`;
  onTestFinished(async () => {
    const admin = createPostgresPool({ connectionString: postgresUrl(), max: 1 });
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  });
  return { name, url: url.toString() };
}

describe('server process on real PostgreSQL', () => {
  // Two service processes started from the sources (tsx) one after the other: on a loaded 2-core CI
  // machine each took over 20 s to listen. Guards against a hang, not time targets.
  it('a missing database: exit 78 saying how to create it; with --create-database it is created', async () => {
    const { name, url } = uniqueDatabase();
    const { hostname, port, username } = new URL(url);

    const refused = startServerProcess({ PORT: '0', DATABASE_URL: url });
    expect(await refused.exited).toBe(78);
    expect(refused.stderr()).toBe(
      'invalid configuration:\n' +
        `  - DATABASE_URL names database "${name}", which does not exist on ${hostname}:${port}: ` +
        `create it with \`createdb -h ${hostname} -p ${port} -U ${username} ${name}\`, ` +
        'or start with --create-database (CREATE_DATABASE=1) to have the service create it\n',
    );

    const created = startServerProcess({ PORT: '0', DATABASE_URL: url }, ['--create-database']);
    await created.listening(60_000);
    const messages = created.lines.map((line) => line.msg);
    expect(messages).toContain('database created (--create-database)');
    expect(messages).toContain('database migrations applied');
    created.child.kill('SIGTERM');
    expect(await created.exited).toBe(0);
  }, 150_000);
});
