// `pnpm drills`: every fault drill in turn on one pair of dedicated drill servers (started once,
// each drill in a database of its own), then a summary in bench/drills.md. Exits non-zero if
// any drill lost an event, charged twice or failed a check.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { machine, root } from '@seams/bench/harness';
import { formatMarkdown } from '@seams/bench/write-results';
import { startDrillPostgres, startDrillRabbit } from './lib/drill-servers.js';

const DRILLS = ['broker-outage', 'relay-crash', 'db-restart', 'payments-flapping', 'pay-cancel-race'];

/** How one drill went, and the RESULT line it printed. */
interface Outcome {
  readonly name: string;
  readonly ok: boolean;
  readonly seconds: number;
  readonly result: Readonly<Record<string, unknown>> | undefined;
  readonly output: string;
}

function runDrill(name: string, env: Readonly<Record<string, string>>): Promise<Outcome> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'drills', 'src', `${name}.ts`)], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => {
      const line = output.split('\n').find((l) => l.startsWith('RESULT '));
      resolve({
        name,
        ok: code === 0,
        seconds: (Date.now() - started) / 1000,
        result: line ? (JSON.parse(line.slice('RESULT '.length)) as Record<string, unknown>) : undefined,
        output: output.trim(),
      });
    });
  });
}

const env = machine();
const [rabbit, postgres] = await Promise.all([startDrillRabbit(), startDrillPostgres()]);
// An interrupted run must not leave the drill servers behind.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    Promise.all([rabbit.stop(), postgres.stop()]).finally(() => process.exit(130));
  });
}
const outcomes: Outcome[] = [];
try {
  for (const name of DRILLS) {
    outcomes.push(await runDrill(name, { SEAMS_DRILL_PG_DIR: postgres.dir }));
  }
} finally {
  await Promise.all([rabbit.stop(), postgres.stop()]);
}

const lines = [
  '# Seams fault drills',
  '',
  `Run ${env.at} on ${env.cores} cores, ${env.memoryGiB} GiB, Node ${env.node} (load ${env.loadavgAtStart.join(' / ')}). Reproduce: \`pnpm drills\` (or \`pnpm drill:<name>\`).`,
  'Servers: a dedicated RabbitMQ node (seams-drill@localhost, port 5673) and PostgreSQL cluster (port 5433) in temp directories, so stopping them never disturbs the machine servers other test runs use; Redis is the machine one (db 12).',
  '',
  '| drill | result | orders paid | events | messages | duplicates | lost | double charges | time |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ...outcomes.map((o) => {
    const r = (key: string) => String(o.result?.[key] ?? '-');
    return `| ${o.name} | ${o.ok ? 'pass' : '**FAIL**'} | ${r('paid')} | ${r('events')} | ${r('messages')} | ${r('duplicates')} | ${r('lost')} | ${r('doubleCharges')} | ${o.seconds.toFixed(0)} s |`;
  }),
  '',
  ...outcomes.flatMap((o) => [`## ${o.name}`, '', '```text', o.output, '```', '']),
];
writeFileSync(join(root, 'bench/drills.md'), `${lines.join('\n').trimEnd()}\n`);
formatMarkdown(join(root, 'bench/drills.md'));
console.log('\nwrote bench/drills.md');
const failed = outcomes.filter((o) => !o.ok).map((o) => o.name);
if (failed.length > 0) {
  console.error(`drills failed: ${failed.join(', ')}`);
  process.exit(1);
}
