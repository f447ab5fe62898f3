// Generates the README's fidelity table from what the contract kit records (SEAMS_FIDELITY_DIR):
// every registration of a contract (port, implementation, cases, declared divergences) and the
// outcome of each case that ran, for the fast run (fakes) and the real-server run; and, from the
// differential corpora (`corpus--*.verdicts.jsonl`), SAME / CLEAR / SILENT counts per implementation.
//
//   node scripts/fidelity.mjs                 runs both passes (real servers needed), rewrites README.md
//   node scripts/fidelity.mjs --from DIR      reads DIR/fast and DIR/real instead of running the passes
//   node scripts/fidelity.mjs --check [...]   changes nothing; fails when README.md is stale, or when an
//                                             exported class implementing a port ran no case of its contract
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportedPortImplementations, uncoveredImplementations } from './contract-coverage.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const README = join(ROOT, 'README.md');
const DETAIL_NAME = 'FIDELITY.md';
const DETAIL = join(ROOT, DETAIL_NAME);
const START = '<!-- fidelity:start -->';
const END = '<!-- fidelity:end -->';
const RUNS = ['fast', 'real'];
// The SQL corpus (packages/fakes/src/postgres/corpus) records one file per engine and run.
const CORPUS_SUFFIX = '.corpus.json';
const CORPUS_ENGINES = ['pg-mem', 'PGlite'];
// The kit's own tests register toy contracts; they describe no port of Seams.
const IGNORED_PORTS = new Set(['SelfTest']);

const { values: args } = parseArgs({
  options: { check: { type: 'boolean', default: false }, from: { type: 'string' } },
});

function fail(message) {
  console.error(`fidelity: ${message}`);
  process.exit(1);
}

/** Runs the fast suite and the real-server suites with recording on, into fresh folders. */
function runPasses(dir) {
  const passes = { fast: ['turbo', 'test', '--output-logs=errors-only'], real: ['test:containers'] };
  for (const run of RUNS) {
    console.log(`fidelity: ${run} pass (pnpm ${passes[run].join(' ')})`);
    const env = { ...process.env, SEAMS_FIDELITY_DIR: join(dir, run) };
    const result = spawnSync('pnpm', passes[run], { cwd: ROOT, env, stdio: 'inherit' });
    if (result.status !== 0) fail(`the ${run} pass failed; the table is only written from green runs`);
  }
}

/** Registrations of one run, each with the set of cases that passed and that diverged as declared. */
function readRun(dir, run) {
  if (!existsSync(dir)) fail(`no ${run} records in ${dir}: run the ${run} pass with SEAMS_FIDELITY_DIR set`);
  const registrations = [];
  for (const file of readdirSync(dir).filter(
    (name) => name.endsWith('.json') && !name.endsWith(CORPUS_SUFFIX),
  )) {
    const record = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    if (IGNORED_PORTS.has(record.port)) continue;
    const outcomesFile = join(dir, file.replace(/\.json$/, '.outcomes.jsonl'));
    const outcomes = existsSync(outcomesFile)
      ? readFileSync(outcomesFile, 'utf8')
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line))
      : [];
    const ended = (kind) => new Set(outcomes.filter((o) => o.outcome === kind).map((o) => o.case));
    const implementations = [...new Set(outcomes.flatMap((o) => o.implementations ?? []))];
    registrations.push({
      ...record,
      run,
      passed: ended('passed'),
      diverged: ended('diverged'),
      implementations,
    });
  }
  if (registrations.length === 0) fail(`no contract registrations recorded in ${dir}`);
  return registrations;
}

/** Adds two verdict counts (or refusal counts) key by key. */
function addCounts(a, b) {
  const sum = { ...a };
  for (const [key, value] of Object.entries(b)) sum[key] = (sum[key] ?? 0) + value;
  return sum;
}

/**
 * The corpus records of one run: each engine's SAME / CLEAR / SILENT counts, per group, and its
 * refusals. A run split into shards (the real pass on PostgreSQL) writes one record per shard:
 * the records of one engine and comparison are added up.
 */
function readCorpus(dir) {
  if (!existsSync(dir)) return [];
  const merged = new Map();
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith(CORPUS_SUFFIX))
    .sort()) {
    const record = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    const key = `${record.engine}\u0000${record.against}`;
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, record);
      continue;
    }
    const groups = { ...seen.groups };
    for (const [group, counts] of Object.entries(record.groups))
      groups[group] = addCounts(groups[group] ?? {}, counts);
    merged.set(key, {
      ...seen,
      cases: seen.cases + record.cases,
      counts: addCounts(seen.counts, record.counts),
      groups,
      refused: addCounts(seen.refused, record.refused),
      silent: [...seen.silent, ...record.silent],
      omitted: addCounts(seen.omitted ?? {}, record.omitted ?? {}),
    });
  }
  return [...merged.values()];
}

// Refusals that name one thing of a kind ("the function md5") are listed by kind.
const REFUSAL_KINDS = [
  [/^the window function (\S+)/, 'window functions'],
  [/^the set-returning function (\S+)/, 'set-returning functions in FROM'],
  [/^the function (\S+)/, 'functions'],
  [/^the operator (.+)/, 'operators'],
  [/^the type (\S+)/, 'types'],
  [/^the expression (.+)/, 'expressions'],
];

/** The refused constructs, grouped by kind, each kind's names sorted; the rest one line each. */
function refusalGroups(refused) {
  const kinds = new Map();
  const rest = [];
  for (const construct of Object.keys(refused).sort()) {
    const kind = REFUSAL_KINDS.find(([pattern]) => pattern.test(construct));
    if (!kind) {
      rest.push(construct);
      continue;
    }
    const names = kinds.get(kind[1]) ?? [];
    names.push(construct.match(kind[0])[1]);
    kinds.set(kind[1], names);
  }
  return [
    ...[...kinds].map(([kind, names]) => `${kind}: ${names.map((n) => `\`${n}\``).join(', ')}`),
    ...rest.map((c) => code(c)),
  ];
}

const verdicts = (counts) => `${counts.same} / ${counts.clear} / ${counts.silent}`;

/**
 * The corpus section: per engine, the counts against PostgreSQL's recorded snapshot (fast run), the
 * server's own against that snapshot (real run), the counts per group, and what pg-mem refuses.
 */
function renderCorpus(records) {
  const byRun = (run) => records.filter((r) => r.run === run);
  const engines = (run) =>
    byRun(run)
      .filter((r) => CORPUS_ENGINES.includes(r.engine))
      .sort((a, b) => CORPUS_ENGINES.indexOf(a.engine) - CORPUS_ENGINES.indexOf(b.engine));
  const fast = engines('fast');
  if (fast.length === 0) return [];
  const lines = [
    '',
    '### SQL corpus: the embedded engines against PostgreSQL',
    '',
    `${fast[0].cases} cases a repository layer writes ([packages/fakes/src/postgres/corpus](packages/fakes/src/postgres/corpus)), each on a fresh database. SAME: the answer node-pg hands over is PostgreSQL's (rows, fields, row count, command; for errors the SQLSTATE and every field PostgreSQL fills; of hint, position, where, internalPosition and internalQuery, each one the engine gives). CLEAR: the engine refused with 0A000 naming the construct. SILENT: anything else; the fast pass fails on any. The real pass holds PostgreSQL to the recorded answers (its row below), so the engines' counts against the recording are their counts against the server.`,
    '',
    '| engine | run | against | SAME / CLEAR / SILENT |',
    '| --- | --- | --- | --- |',
  ];
  for (const run of RUNS) {
    for (const r of engines(run))
      lines.push(`| ${cell(r.engine)} | ${run} | ${cell(r.against)} | ${verdicts(r.counts)} |`);
    for (const r of byRun(run).filter((x) => !CORPUS_ENGINES.includes(x.engine))) {
      lines.push(
        `| ${cell(r.engine)} (the server itself) | ${run} | ${cell(r.against)} | ${verdicts(r.counts)} |`,
      );
    }
  }
  const groups = Object.keys(fast[0].groups);
  lines.push('', `Per group (fast run): ${fast.map((r) => r.engine).join(', ')}, SAME / CLEAR / SILENT.`, '');
  lines.push(
    `| group | cases | ${fast.map((r) => cell(r.engine)).join(' | ')} |`,
    `| --- | --- | ${fast.map(() => '---').join(' | ')} |`,
  );
  for (const group of groups) {
    const total = Object.values(fast[0].groups[group]).reduce((a, b) => a + b, 0);
    lines.push(`| ${group} | ${total} | ${fast.map((r) => verdicts(r.groups[group])).join(' | ')} |`);
  }
  const omissions = fast
    .map((r) => [r.engine, Object.entries(r.omitted ?? {})])
    .filter(([, fields]) => fields.length > 0)
    .map(([engine, fields]) => `${engine} ${fields.map(([field, n]) => `${field} ${n}`).join(', ')}`);
  if (omissions.length > 0) {
    lines.push(
      '',
      `Errors counted SAME where the engine left out an informational field PostgreSQL gives (hint, position, where, internalPosition, internalQuery: one it gives must be PostgreSQL's), cases per field: ${omissions.join('; ')}.`,
    );
  }
  for (const r of fast) {
    const refused = refusalGroups(r.refused);
    if (refused.length === 0) continue;
    lines.push(
      '',
      `What ${r.engine} refuses (0A000, "run this test on the PGlite engine"), as its refusals in this corpus name it:`,
      '',
    );
    lines.push(...refused.map((line) => `- ${line}`));
  }
  return lines;
}

/** Verdict counts per corpus and implementation of one run, from the corpora's `*.verdicts.jsonl` lines. */
function readCorpora(dir, run) {
  const rows = new Map();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.verdicts.jsonl'))) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean)) {
      const { corpus, target, case: name, verdict } = JSON.parse(line);
      const key = `${corpus}\u0000${target}`;
      if (!rows.has(key)) rows.set(key, { corpus, target, run, verdicts: new Map() });
      rows.get(key).verdicts.set(name, verdict);
    }
  }
  return [...rows.values()].map((row) => {
    const count = (kind) => [...row.verdicts.values()].filter((verdict) => verdict === kind).length;
    return {
      ...row,
      cases: row.verdicts.size,
      same: count('same'),
      clear: count('clear'),
      silent: count('silent'),
    };
  });
}

const cell = (text) => String(text).replace(/\s+/g, ' ').replace(/\|/g, '\\|');
const code = (text) => `\`${String(text).replace(/\s+/g, ' ')}\``;
const declaredNames = (registration) => Object.keys(registration.divergences);

/** Passed out of all cases: a healthy row has passed + declared divergences = cases. */
function passedCell(registration) {
  const passed = registration.cases.filter((name) => registration.passed.has(name)).length;
  return `${passed}/${registration.cases.length}`;
}

/**
 * One line per declared divergence: its reason, whether this run saw it fail as declared, and
 * which implementations of the port did pass the case (the real-only coverage).
 */
function divergenceLines(registrations) {
  const lines = [];
  for (const r of registrations) {
    for (const name of declaredNames(r)) {
      const passers = registrations
        .filter((other) => other.port === r.port && other.passed.has(name))
        .map((other) => `${other.target} (${other.run})`);
      const seen = r.diverged.has(name) ? '' : ' **Not seen failing in this run.**';
      const vouched = passers.length > 0 ? passers.join(', ') : '**no implementation**';
      const { reason, fails } = r.divergences[name];
      lines.push(
        `- ${r.port}, ${r.target} (${r.run}): ${code(name)}: ${String(reason).replace(/\s+/g, ' ')}. Declared to fail with ${code(fails)}.${seen} Verified instead on: ${vouched}.`,
      );
    }
  }
  return lines;
}

function renderCorpora(corpora) {
  if (corpora.length === 0) return [];
  const sorted = [...corpora].sort(
    (a, b) =>
      a.corpus.localeCompare(b.corpus) ||
      RUNS.indexOf(a.run) - RUNS.indexOf(b.run) ||
      a.target.localeCompare(b.target),
  );
  return [
    '',
    "### Broker corpus and the other fakes' corpora: the fake against the real server",
    '',
    'Each case runs on the fake and on the real server and is classed against the real answer',
    '(recorded in a snapshot for the fast run): SAME, CLEAR (the fake refuses with a clear error), SILENT (another answer',
    'without an error; the run fails on any).',
    '',
    '| corpus | implementation | run | cases | same | clear | silent |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...sorted.map(
      (c) =>
        `| ${cell(c.corpus)} | ${cell(c.target)} | ${c.run} | ${c.cases} | ${c.same} | ${c.clear} | ${c.silent} |`,
    ),
  ];
}

function contractTable(registrations) {
  return [
    '| port | implementation | run | cases passed | declared divergences | declared to fail with |',
    '| --- | --- | --- | --- | --- | --- |',
    ...registrations.map((r) => {
      const declared = declaredNames(r);
      const column = (text) => (declared.length === 0 ? '' : declared.map(text).join('<br>'));
      const names = declared.length === 0 ? 'none' : column(code);
      const fails = column((name) => code(r.divergences[name].fails));
      return `| ${cell(r.port)} | ${cell(r.target)} | ${r.run} | ${passedCell(r)} | ${cell(names)} | ${cell(fails)} |`;
    }),
  ];
}

function sortedRegistrations(registrations) {
  return [...registrations].sort(
    (a, b) =>
      a.port.localeCompare(b.port) ||
      RUNS.indexOf(a.run) - RUNS.indexOf(b.run) ||
      a.target.localeCompare(b.target),
  );
}

/** One line per corpus, implementation and run: SAME / CLEAR / SILENT, the detail living in FIDELITY.md. */
function corpusSummary(corpus, corpora) {
  const rows = [
    ...corpus.map((r) => ({
      corpus: 'SQL',
      target: CORPUS_ENGINES.includes(r.engine) ? r.engine : `${r.engine} (the server itself)`,
      run: r.run,
      against: r.against,
      counts: r.counts,
    })),
    ...corpora.map((c) => ({
      corpus: c.corpus,
      target: c.target,
      run: c.run,
      against: '',
      counts: { same: c.same, clear: c.clear, silent: c.silent },
    })),
  ];
  if (rows.length === 0) return [];
  return [
    '',
    'Differential corpora (each case on the fake and the real server, classed against the real answer; any SILENT fails the run):',
    '',
    '| corpus | implementation | run | against | SAME / CLEAR / SILENT |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) => `| ${r.corpus} | ${cell(r.target)} | ${r.run} | ${cell(r.against)} | ${verdicts(r.counts)} |`,
    ),
  ];
}

/** The README's section: every registration, and each corpus's counts. */
function renderSummary(registrations, corpus, corpora) {
  const lines = [
    '<!-- generated by `pnpm fidelity` from the contract registrations and their runs: do not edit by hand -->',
    '',
    ...contractTable(sortedRegistrations(registrations)),
    ...corpusSummary(corpus, corpora),
    '',
    `Why each divergence exists and what vouches for its case, the SQL corpus per group and every construct pg-mem refuses: [FIDELITY.md](${DETAIL_NAME}).`,
  ];
  return formatMarkdown(`${lines.join('\n')}\n`);
}

/** FIDELITY.md, whole: the table, every divergence's reason and cover, both corpora in detail. */
function renderDetail(registrations, corpus, corpora) {
  const sorted = sortedRegistrations(registrations);
  const lines = [
    '# Fidelity: each fake against the real thing',
    '',
    '<!-- generated by `pnpm fidelity` from the contract registrations and their runs: do not edit by hand -->',
    '',
    "The README's [Fidelity](README.md#fidelity-generated) section in full: every contract registration with its declared divergences, why each exists and which implementation passes the case instead, and the differential corpora case group by case group.",
    '',
    ...contractTable(sorted),
  ];
  const divergences = divergenceLines(sorted);
  if (divergences.length > 0) {
    lines.push('', 'Why each divergence exists, and what vouches for the case instead:', '', ...divergences);
  }
  lines.push(...renderCorpus(corpus));
  lines.push(...renderCorpora(corpora));
  return formatMarkdown(`${lines.join('\n')}\n`);
}

/** Biome formats (and lints) README.md: hand it the block so the committed table is already formatted. */
function formatMarkdown(text) {
  const biome = join(ROOT, 'node_modules', '.bin', 'biome');
  if (!existsSync(biome)) return text;
  return execFileSync(biome, ['format', '--stdin-file-path=fidelity.md'], {
    cwd: ROOT,
    input: text,
    encoding: 'utf8',
  });
}

function splitReadme(text) {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end === -1 || end < start) {
    fail(`README.md needs the markers ${START} and ${END} (in this order) around the fidelity table`);
  }
  return {
    before: text.slice(0, start + START.length),
    body: text.slice(start + START.length, end),
    after: text.slice(end),
  };
}

function showDiff(committed, generated) {
  const dir = mkdtempSync(join(tmpdir(), 'seams-fidelity-'));
  writeFileSync(join(dir, 'README (committed)'), committed);
  writeFileSync(join(dir, 'README (generated)'), generated);
  const diff = spawnSync('diff', ['-u', 'README (committed)', 'README (generated)'], {
    cwd: dir,
    encoding: 'utf8',
  });
  rmSync(dir, { recursive: true, force: true });
  return diff.stdout || '(diff unavailable)';
}

/** Every divergence declared in code must show in the committed section, with its implementation. */
function missingDivergences(body, registrations) {
  const items = body.split('\n').filter((line) => line.startsWith('- '));
  const missing = [];
  for (const r of registrations) {
    for (const name of declaredNames(r)) {
      const listed = items.some(
        (line) => line.startsWith(`- ${r.port}, ${r.target} (${r.run}): `) && line.includes(code(name)),
      );
      if (!listed) missing.push(`${r.port} / ${r.target} (${r.run}) / "${name}"`);
    }
  }
  return missing;
}

let source = args.from ? resolve(args.from) : undefined;
if (!source) {
  // A fresh folder each time: SEAMS_FIDELITY_DIR is part of turbo's test hash, so a cached fast pass
  // (which would write no records) is never served for it.
  source = mkdtempSync(join(tmpdir(), 'seams-fidelity-'));
  runPasses(source);
}
const registrations = RUNS.flatMap((run) => readRun(join(source, run), run));
const corpus = RUNS.flatMap((run) => readCorpus(join(source, run)).map((record) => ({ ...record, run })));
const corpora = RUNS.flatMap((run) => readCorpora(join(source, run), run));
const table = renderSummary(registrations, corpus, corpora);
const detail = renderDetail(registrations, corpus, corpora);
const readme = readFileSync(README, 'utf8');
const { before, body, after } = splitReadme(readme);
const generated = `\n\n${table}\n`;
const committedDetail = existsSync(DETAIL) ? readFileSync(DETAIL, 'utf8') : '';

if (args.check) {
  const problems = [];
  const missing = missingDivergences(committedDetail, registrations);
  if (missing.length > 0) {
    problems.push(`divergences declared in code but missing from ${DETAIL_NAME}:\n  ${missing.join('\n  ')}`);
  }
  const uncovered = uncoveredImplementations(exportedPortImplementations(), registrations);
  if (uncovered.length > 0) {
    problems.push(`exported port implementations without a contract run:\n  ${uncovered.join('\n  ')}`);
  }
  const silent = [
    ...corpora.filter((c) => c.silent > 0).map((c) => `${c.corpus} / ${c.target} (${c.run}): ${c.silent}`),
    ...corpus
      .filter((r) => r.counts.silent > 0)
      .map((r) => `SQL / ${r.engine} (${r.run}): ${r.counts.silent}`),
  ];
  if (silent.length > 0)
    problems.push(
      `corpus cases SILENT (the fake answers differently without an error):\n  ${silent.join('\n  ')}`,
    );
  if (body !== generated) {
    problems.push(`README.md's fidelity table is stale:\n${showDiff(body, generated)}`);
  }
  if (committedDetail !== detail) {
    problems.push(`${DETAIL_NAME} is stale:\n${showDiff(committedDetail, detail)}`);
  }
  if (problems.length > 0) {
    fail(
      `${problems.join('\n\n')}\nRun \`pnpm fidelity\` (or \`node scripts/fidelity.mjs --from DIR\`) and commit README.md and ${DETAIL_NAME}.`,
    );
  }
  console.log(`fidelity: README.md is up to date (${registrations.length} registrations)`);
} else {
  writeFileSync(README, `${before}${generated}${after}`);
  writeFileSync(DETAIL, detail);
  console.log(`fidelity: wrote the table of ${registrations.length} registrations into README.md`);
}
