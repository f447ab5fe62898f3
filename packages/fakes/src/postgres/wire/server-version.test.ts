import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createFakePostgres, type FakePostgresEngine } from '../create-fake-postgres.js';
import { SERVER_VERSION, SERVER_VERSION_NUM } from './server-version.js';

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;
const ENGINES: readonly FakePostgresEngine[] = ['pg-mem', 'pglite'];

/** The ParameterStatus messages a new connection of the fake's pool receives at startup. */
async function startupParameters(pool: pg.Pool): Promise<Record<string, string>> {
  const { stream } = pool.options as pg.PoolConfig & { stream?: pg.ClientConfig['stream'] };
  const client = new pg.Client({ ...(stream ? { stream } : {}) });
  const parameters: Record<string, string> = {};
  client.connection.on('parameterStatus', (message: { parameterName: string; parameterValue: string }) => {
    parameters[message.parameterName] = message.parameterValue;
  });
  await client.connect();
  await client.end();
  return parameters;
}

describe('the server version a client sees', () => {
  it.each(ENGINES)(
    'is PostgreSQL 15 in the startup ParameterStatus on %s',
    async (engine) => {
      const { pool } = await createFakePostgres({ engine });
      const parameters = await startupParameters(pool);
      expect(parameters.server_version).toBe(SERVER_VERSION);
      expect(SERVER_VERSION).toMatch(/^15\.\d+$/);
      expect(SERVER_VERSION_NUM).toBe(`15${SERVER_VERSION.split('.')[1]?.padStart(4, '0')}`);
    },
    PGLITE_START_MS,
  );

  it(
    'is the same 15 in every SQL route on PGlite (PostgreSQL 18 underneath)',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite' });
      expect((await pool.query('SHOW server_version')).rows).toEqual([{ server_version: SERVER_VERSION }]);
      expect((await pool.query('SHOW server_version_num')).rows).toEqual([
        { server_version_num: SERVER_VERSION_NUM },
      ]);
      const settings = await pool.query(
        `SELECT current_setting('server_version') AS v, current_setting('SERVER_VERSION_NUM') AS n,
                current_setting('server_version_num', true) AS quiet, current_setting(NULL) AS none,
                current_setting('no_such_setting', true) AS missing, version() AS text`,
      );
      expect(settings.rows).toEqual([
        {
          v: SERVER_VERSION,
          n: SERVER_VERSION_NUM,
          quiet: SERVER_VERSION_NUM,
          none: null,
          missing: null,
          text: expect.stringMatching(new RegExp(`^PostgreSQL ${SERVER_VERSION.replace('.', '\\.')} `)),
        },
      ]);
      const catalog = await pool.query(
        `SELECT name, setting, boot_val, reset_val FROM pg_settings
          WHERE name LIKE 'server_version%' ORDER BY name`,
      );
      expect(catalog.rows).toEqual([
        {
          name: 'server_version',
          setting: SERVER_VERSION,
          boot_val: SERVER_VERSION,
          reset_val: SERVER_VERSION,
        },
        {
          name: 'server_version_num',
          setting: SERVER_VERSION_NUM,
          boot_val: SERVER_VERSION_NUM,
          reset_val: SERVER_VERSION_NUM,
        },
      ]);
      const all = await pool.query<{ name: string; setting: string }>('SHOW ALL');
      expect(all.rows.filter(({ name }) => name.startsWith('server_version'))).toMatchObject([
        { name: 'server_version', setting: SERVER_VERSION },
        { name: 'server_version_num', setting: SERVER_VERSION_NUM },
      ]);
      // The other settings still answer as the server does, errors included.
      expect((await pool.query("SELECT current_setting('datestyle') AS d")).rows).toEqual([
        { d: 'ISO, MDY' },
      ]);
      await expect(pool.query("SELECT current_setting('no_such_setting')")).rejects.toMatchObject({
        code: '42704',
        message: 'unrecognized configuration parameter "no_such_setting"',
        where: undefined,
      });
    },
    PGLITE_START_MS,
  );

  it('is the same 15 in SHOW, current_setting() and version() on pg-mem, which refuses what it cannot read', async () => {
    const { pool } = await createFakePostgres({ engine: 'pg-mem' });
    expect((await pool.query('SHOW server_version')).rows).toEqual([{ server_version: SERVER_VERSION }]);
    expect((await pool.query('SHOW SERVER_VERSION_NUM')).rows).toEqual([
      { server_version_num: SERVER_VERSION_NUM },
    ]);
    const settings = await pool.query(
      `SELECT current_setting('server_version') AS v, current_setting('SERVER_VERSION_NUM') AS n,
              current_setting('server_version_num', true) AS quiet, current_setting(NULL) AS none, version()`,
    );
    expect(settings.rows).toEqual([
      {
        v: SERVER_VERSION,
        n: SERVER_VERSION_NUM,
        quiet: SERVER_VERSION_NUM,
        none: null,
        version: expect.stringMatching(
          new RegExp(`^PostgreSQL ${SERVER_VERSION.replace('.', '\\.')} \\(pg-mem \\d`),
        ),
      },
    ]);
    expect(settings.fields.map(({ name, dataTypeID }) => [name, dataTypeID])).toEqual([
      ['v', 25],
      ['n', 25],
      ['quiet', 25],
      ['none', 25],
      ['version', 25],
    ]);
    // A setting the session changed is read back as SHOW shows it.
    const client = await pool.connect();
    try {
      await client.query("SET application_name = 'reader'");
      expect((await client.query("SELECT current_setting('application_name') AS a")).rows).toEqual([
        { a: 'reader' },
      ]);
    } finally {
      client.release();
    }
    await expect(pool.query("SET server_version = '16.0'")).rejects.toMatchObject({
      code: '55P02',
      message: 'parameter "server_version" cannot be changed',
    });
    await expect(pool.query('RESET server_version_num')).rejects.toMatchObject({ code: '55P02' });
    // pg-mem keeps a few settings: whether another name is PostgreSQL's or unknown, it cannot tell.
    await expect(pool.query("SELECT current_setting('work_mem')")).rejects.toMatchObject({ code: '0A000' });
    await expect(pool.query('SELECT current_setting($1)', ['server_version'])).rejects.toMatchObject({
      code: '0A000',
    });
  });
});
