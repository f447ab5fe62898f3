// What the real-server suites leave on the shared servers: PostgreSQL databases, RabbitMQ vhosts,
// queues and exchanges, Redis keys. A snapshot before and after the soak's shards; anything new
// that carries one of the shards' testenv run ids (each vitest run prints `testenv: run <id>`,
// and every name it makes holds that id) is left behind. New names of other run ids belong to
// whoever else shares the servers and are only listed.
//
//   node scripts/soak-leftovers.mjs snapshot FILE            writes the servers' names to FILE
//   node scripts/soak-leftovers.mjs compare BEFORE AFTER LOG...   exits 1 when the shards left something
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const lines = (text) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const run = (command, args) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Every name the suites could leave, as `kind name` strings (vhost-qualified for queues and exchanges). */
export function snapshot() {
  const names = [];
  for (const name of lines(run('psql', [POSTGRES_URL, '-Atc', 'SELECT datname FROM pg_database']))) {
    names.push(`database ${name}`);
  }
  const vhosts = lines(run('rabbitmqctl', ['-q', 'list_vhosts', 'name'])).filter((name) => name !== 'name');
  for (const vhost of vhosts) {
    names.push(`vhost ${vhost}`);
    for (const kind of ['queues', 'exchanges']) {
      for (const name of lines(run('rabbitmqctl', ['-q', `list_${kind}`, '-p', vhost, 'name']))) {
        if (name !== 'name') names.push(`${kind.slice(0, -1)} ${vhost} ${name}`);
      }
    }
  }
  for (const key of lines(run('redis-cli', ['-u', REDIS_URL, '--scan', '--pattern', 'seams:*']))) {
    names.push(`key ${key}`);
  }
  return names.sort();
}

/** The testenv run ids a log mentions (`testenv: run <id>`). */
export function runIdsIn(log) {
  return [...stripVTControlCharacters(log).matchAll(/testenv: run ([a-z0-9]{8})\b/g)].map(
    (match) => match[1],
  );
}

/** True when `name` is one testenv made for run `id`: `seams_<id>_`, `seams.<id>.` or `seams:<id>:`. */
const madeBy = (name, id) =>
  [`seams_${id}_`, `seams.${id}.`, `seams:${id}:`].some((mark) => name.includes(mark));

/** Names new since `before`: those of the given runs (left behind), and the others (someone else's). */
export function leftovers(before, after, runIds) {
  const existed = new Set(before);
  const fresh = after.filter((name) => !existed.has(name));
  const ours = fresh.filter((name) => runIds.some((id) => madeBy(name, id)));
  return { ours, others: fresh.filter((name) => !ours.includes(name)) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [command, ...files] = process.argv.slice(2);
  if (command === 'snapshot' && files.length === 1) {
    writeFileSync(files[0], `${snapshot().join('\n')}\n`);
  } else if (command === 'compare' && files.length >= 3) {
    const [beforeFile, afterFile, ...logs] = files;
    const read = (file) => lines(readFileSync(file, 'utf8'));
    const runIds = logs.flatMap((file) => runIdsIn(readFileSync(file, 'utf8')));
    const { ours, others } = leftovers(read(beforeFile), read(afterFile), runIds);
    console.log(
      `leftovers: ${runIds.length} testenv runs in the shards' logs (${runIds.join(', ') || 'none'})`,
    );
    if (others.length > 0)
      console.log(`leftovers: new on the servers but not the shards' (ignored):\n  ${others.join('\n  ')}`);
    if (runIds.length === 0) {
      console.error('leftovers: FAILED, no testenv run id in the logs: cannot tell what the shards left');
      process.exit(1);
    }
    if (ours.length > 0) {
      console.error(`leftovers: FAILED, the shards left ${ours.length} behind:\n  ${ours.join('\n  ')}`);
      process.exit(1);
    }
    console.log('leftovers: none');
  } else {
    console.error('usage: soak-leftovers.mjs snapshot FILE | compare BEFORE AFTER LOG...');
    process.exit(2);
  }
}
