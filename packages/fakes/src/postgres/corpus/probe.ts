import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { type Classification, classify, type Verdict } from './classify.js';
import type { CorpusTarget } from './corpus-target.js';
import { PgliteCorpusTarget, pgMemTarget } from './embedded-targets.js';
import { PostgresCorpusTarget } from './postgres-target.js';
import { runCase } from './run-case.js';
import type { SqlCase } from './sql-case.js';

/** A case as a probe file writes it: the corpus's shape, its group optional. */
export type ProbeCase = Omit<SqlCase, 'group'> & { readonly group?: SqlCase['group'] };

/** One engine's verdict on one probe case. */
export interface ProbeFinding {
  readonly engine: string;
  readonly caseName: string;
  readonly classification: Classification;
}

/** Checks a probe file's default export, naming the first thing that is not a case. */
export function probeCasesOf(exported: unknown, file: string): ProbeCase[] {
  if (!Array.isArray(exported)) throw new Error(`${file}: the default export must be an array of cases`);
  const names = new Set<string>();
  return Array.from(exported, (item: unknown, index) => {
    const at = `${file}: case ${index + 1}`;
    if (typeof item !== 'object' || item === null) throw new Error(`${at} is not an object`);
    const { name, steps, setup } = item as Record<string, unknown>;
    if (typeof name !== 'string' || name === '') throw new Error(`${at} has no name`);
    if (names.has(name)) throw new Error(`${at}: the name "${name}" is used twice`);
    names.add(name);
    if (!Array.isArray(steps)) throw new Error(`${at} ("${name}") has no steps array`);
    if (setup !== undefined && typeof setup !== 'string')
      throw new Error(`${at} ("${name}"): setup must be a string`);
    return item as ProbeCase;
  });
}

/**
 * Runs each case on PostgreSQL and on each engine, and classifies every engine's outcome against
 * the server's; `onFinding` hears each verdict as it is made.
 */
export async function probe(
  cases: readonly ProbeCase[],
  server: CorpusTarget,
  engines: readonly CorpusTarget[],
  onFinding: (finding: ProbeFinding) => void,
): Promise<ProbeFinding[]> {
  const findings: ProbeFinding[] = [];
  for (const probeCase of cases) {
    const sqlCase: SqlCase = { group: 'queries', ...probeCase };
    const live = await server.open();
    const expected = await runCase(live, sqlCase).finally(() => live.close());
    for (const engine of engines) {
      const database = await engine.open();
      const actual = await runCase(database, sqlCase).finally(() => database.close());
      const finding = {
        engine: engine.name,
        caseName: sqlCase.name,
        classification: classify(sqlCase, expected, actual),
      };
      findings.push(finding);
      onFinding(finding);
    }
  }
  return findings;
}

/** Counts of each verdict per engine, in the order the engines were given. */
export function tallyFindings(findings: readonly ProbeFinding[]): Map<string, Record<Verdict, number>> {
  const tally = new Map<string, Record<Verdict, number>>();
  for (const { engine, classification } of findings) {
    const counts = tally.get(engine) ?? { same: 0, clear: 0, silent: 0 };
    counts[classification.verdict] += 1;
    tally.set(engine, counts);
  }
  return tally;
}

const USAGE = `usage: pnpm probe <cases.ts|.js|.mjs>... [--engine pg-mem|pglite]... [--only text] [--show silent|clear|all]

Runs each case (the file's default export: [{ name, setup?, steps }]) on the PostgreSQL at
TEST_POSTGRES_URL and on the fake's engines, and prints every answer that differs.
Exits 1 when an engine answered differently without refusing (SILENT).`;

async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      engine: { type: 'string', multiple: true },
      only: { type: 'string' },
      show: { type: 'string', default: 'silent' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals.length === 0) {
    console.info(USAGE);
    return values.help ? 0 : 2;
  }
  const url = process.env.TEST_POSTGRES_URL;
  if (!url) {
    console.error(
      'pnpm probe: set TEST_POSTGRES_URL to a PostgreSQL the probe may create a scratch database on',
    );
    return 2;
  }
  const show = values.show;
  if (show !== 'silent' && show !== 'clear' && show !== 'all') {
    console.error(`pnpm probe: --show must be silent, clear or all (got "${show}")`);
    return 2;
  }
  const wanted = values.engine ?? ['pg-mem', 'pglite'];
  const unknown = wanted.filter((name) => name !== 'pg-mem' && name !== 'pglite');
  if (unknown.length > 0) {
    console.error(`pnpm probe: unknown engine ${unknown.join(', ')} (pg-mem or pglite)`);
    return 2;
  }
  let cases: ProbeCase[] = [];
  for (const file of positionals) {
    const module = (await import(pathToFileURL(resolve(file)).href)) as { default?: unknown };
    cases.push(...probeCasesOf(module.default, file));
  }
  if (values.only !== undefined) {
    const only = values.only.toLowerCase();
    cases = cases.filter((probeCase) => probeCase.name.toLowerCase().includes(only));
  }

  const server = new PostgresCorpusTarget(url);
  const pglite = wanted.includes('pglite') ? new PgliteCorpusTarget() : undefined;
  const engines = [wanted.includes('pg-mem') ? pgMemTarget : undefined, pglite].filter(
    (engine): engine is CorpusTarget => engine !== undefined,
  );
  await server.start();
  try {
    const version = server.version.match(/^PostgreSQL [\d.]+/)?.[0] ?? server.name;
    console.info(`probing ${cases.length} cases on ${version} and ${engines.map((e) => e.name).join(', ')}`);
    const findings = await probe(cases, server, engines, ({ engine, caseName, classification }) => {
      const { verdict, diff } = classification;
      if (verdict === 'same' || (show === 'silent' && verdict !== 'silent')) return;
      console.info(`\n### ${verdict.toUpperCase()} on ${engine}: ${caseName}\n${diff ?? ''}`);
    });
    console.info('');
    for (const [engine, counts] of tallyFindings(findings)) {
      console.info(`${engine}: ${counts.same} same, ${counts.clear} clear, ${counts.silent} silent`);
    }
    return findings.some(({ classification }) => classification.verdict === 'silent') ? 1 : 0;
  } finally {
    await stopAll([pglite, server]);
  }
}

/**
 * Stops every target, each even when one before it fails to (a PGlite that never started rejects
 * its stop with the start's error), then rethrows the first failure: a server left connected would
 * keep the process alive after the probe has reported.
 */
export async function stopAll(targets: readonly ({ stop(): Promise<void> } | undefined)[]): Promise<void> {
  const results = await Promise.allSettled(targets.map((target) => target?.stop()));
  const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 2;
    },
  );
}
