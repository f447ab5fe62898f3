import pg from 'pg';

const c = new pg.Client('postgres://postgres@127.0.0.1:5432/postgres');
await c.connect();
const cases = (await import(process.argv[2] as string)).default as { setup: string; steps: string[] }[];
for (const x of cases) {
  await c.query('BEGIN');
  await c.query(x.setup);
  try {
    await c.query(x.steps[0] as string);
  } catch (e) {
    if ((e as { code: string }).code !== '21000')
      console.log((e as Error).message, '|', (x.steps[0] as string).slice(0, 200));
  }
  await c.query('ROLLBACK');
}
await c.end();
