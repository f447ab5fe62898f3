import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPglite } from './initdb-cache.js';
import { loadPglite } from './load-pglite.js';
import { PgliteEngine } from './pglite-engine.js';

// PostgreSQL 15's pgcrypto and isn define no settings: their 18 settings' names are placeholders
// there (42704 until SET, any value taken, no effect, never in pg_settings). Answers taken from 15.
let engine: PgliteEngine;
beforeAll(async () => {
  engine = new PgliteEngine(await createPglite(), await loadPglite());
  // Loading both libraries creates 18's settings.
  for (const text of [
    'CREATE EXTENSION pgcrypto',
    'CREATE EXTENSION isn',
    "SELECT gen_salt('md5'), isn_weak()",
  ])
    expect((await engine.run({ text })).error).toBeUndefined();
}, 120_000);
afterAll(() => engine.close());

const run = (text: string) => engine.run({ text });

describe('contrib settings PostgreSQL 15 does not define', () => {
  it('are unknown until SET, as placeholders', async () => {
    for (const name of ['pgcrypto.builtin_crypto_enabled', 'isn.weak']) {
      expect((await run(`SHOW ${name}`)).error).toMatchObject({
        code: '42704',
        message: `unrecognized configuration parameter "${name}"`,
      });
      expect((await run(`SELECT current_setting('${name}')`)).error).toMatchObject({ code: '42704' });
      expect((await run(`SELECT current_setting('${name}', true)`)).results[0]?.rows).toEqual([[null]]);
      const listed = await run(`SELECT count(*) FROM pg_settings WHERE name = '${name}'`);
      expect(listed.results[0]?.rows).toEqual([['0']]);
    }
  });

  it('take any value, SHOW it under its name, and change nothing', async () => {
    expect((await run("SET pgcrypto.builtin_crypto_enabled = 'bogus'")).error).toBeUndefined();
    const [shown] = (await run('SHOW pgcrypto.builtin_crypto_enabled')).results;
    expect(shown).toMatchObject({ command: 'SHOW', rows: [['bogus']] });
    expect(shown?.fields?.map((field) => field.name)).toEqual(['pgcrypto.builtin_crypto_enabled']);
    await run('SET pgcrypto.builtin_crypto_enabled = off');
    const crypt = await run("SELECT crypt('secret', '$1$abcdefgh$')");
    expect(crypt.results[0]?.rows).toEqual([['$1$abcdefgh$cHJi5PXp/ki/ktXzqlk6I1']]);
    await run('SET isn.weak = on');
    expect((await run("SELECT '978-0-393-04002-8'::isbn13")).error).toMatchObject({ code: '22P02' });
    await run('RESET ALL');
  });

  it('refuses storing them beyond the session', async () => {
    const reply = await run(
      'CREATE FUNCTION f() RETURNS int LANGUAGE sql SET isn.weak = on AS $$ SELECT 1 $$',
    );
    expect(reply.error).toMatchObject({ code: '0A000' });
  });
});
