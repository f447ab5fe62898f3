// PGlite runs every connection in one PostgreSQL session, where advisory locks never contend: a lock
// another connection holds is taken again (re-entrant) instead of waiting, and freed by anyone. The
// fake knows which connection holds which key (pg_locks read after each advisory statement), so a
// statement whose advisory calls name their keys plainly (literals or parameters) can be answered
// as PostgreSQL would: run as it is when no key is another connection's, a contended try answered
// false, a contended wait ended by lock_timeout or statement_timeout. Anything else is refused.

/** pg_locks' mode of an advisory lock. */
export type AdvisoryMode = 'ExclusiveLock' | 'ShareLock';

/** One advisory-function call whose key the text (or its parameters) gives. */
export interface AdvisoryCall {
  /** The function's name, lower case, as PostgreSQL names the result column of a bare call. */
  readonly name: string;
  readonly kind: 'lock' | 'try' | 'unlock';
  readonly mode: AdvisoryMode;
  /** The key as pg_locks identifies it: `classid:objid:objsubid`. */
  readonly key: string;
  /** The call's span in the text. */
  readonly start: number;
  readonly end: number;
  /** The parameters it takes its key from, with the type PostgreSQL resolves them to. */
  readonly params: readonly (readonly [number, 'bigint' | 'integer'])[];
}

const NAME = /pg_(try_)?advisory_(xact_)?(lock|unlock)(_shared)?\b/giy;
const ARG = /\s*(?:(-?\d+)|\$(\d+)|'(-?\d+)')(?:\s*::\s*(bigint|int8|integer|int4|int))?\s*/iy;
const INT4 = 2n ** 31n;
const INT8 = 2n ** 63n;

/** A key argument's value, or undefined when it is not a plain integer (or a parameter holding one). */
function argument(
  text: string,
  at: number,
  params: readonly (string | null)[] | undefined,
): { value: bigint; param?: number; end: number } | undefined {
  ARG.lastIndex = at;
  const match = ARG.exec(text);
  if (!match) return undefined;
  const [, literal, param, quoted] = match;
  const raw = param === undefined ? (literal ?? quoted) : params?.[Number(param) - 1];
  if (raw === undefined || raw === null || !/^\s*-?\d+\s*$/.test(raw)) return undefined;
  return {
    value: BigInt(raw.trim()),
    ...(param !== undefined && { param: Number(param) }),
    end: ARG.lastIndex,
  };
}

/**
 * The advisory calls of a text, each with its key, or undefined when some mention of an advisory
 * function (or of the word, as in a read of pg_locks) is not such a call: its key an expression, a
 * NULL, out of range, or the call one that names no key (pg_advisory_unlock_all).
 */
export function advisoryCalls(text: string, params?: readonly (string | null)[]): AdvisoryCall[] | undefined {
  const calls: AdvisoryCall[] = [];
  const covered: [number, number][] = [];
  for (const mention of text.matchAll(/advisory/gi)) {
    const index = mention.index;
    if (covered.some(([start, end]) => index >= start && index < end)) continue;
    const start = index - 'pg_'.length - (/try_$/i.test(text.slice(0, index)) ? 'try_'.length : 0);
    if (start < 0 || /[\w$]/.test(text[start - 1] ?? '')) return undefined;
    NAME.lastIndex = start;
    const name = NAME.exec(text);
    if (!name) return undefined;
    const [whole, tryIt, xact, verb, shared] = name;
    if (xact !== undefined && verb?.toLowerCase() === 'unlock') return undefined;
    let at = start + whole.length;
    while (/\s/.test(text[at] ?? '')) at += 1;
    if (text[at] !== '(') return undefined;
    const first = argument(text, at + 1, params);
    if (!first) return undefined;
    at = first.end;
    let second: typeof first | undefined;
    if (text[at] === ',') {
      second = argument(text, at + 1, params);
      if (!second) return undefined;
      at = second.end;
    }
    if (text[at] !== ')') return undefined;
    const key = keyOf(first.value, second?.value);
    if (key === undefined) return undefined;
    const type = second ? 'integer' : 'bigint';
    const callParams = [first, second].flatMap((arg) =>
      arg?.param === undefined ? [] : [[arg.param, type] as const],
    );
    calls.push({
      name: whole.toLowerCase(),
      kind: tryIt !== undefined ? 'try' : verb?.toLowerCase() === 'unlock' ? 'unlock' : 'lock',
      mode: shared === undefined ? 'ExclusiveLock' : 'ShareLock',
      key,
      start,
      end: at + 1,
      params: callParams,
    });
    covered.push([start, at + 1]);
  }
  return calls;
}

/** pg_locks' identity of a key: one bigint split into its high and low halves, or two int4 keys. */
function keyOf(first: bigint, second: bigint | undefined): string | undefined {
  if (second === undefined) {
    if (first < -INT8 || first >= INT8) return undefined;
    const unsigned = BigInt.asUintN(64, first);
    return `${unsigned >> 32n}:${unsigned & 0xffffffffn}:1`;
  }
  if ([first, second].some((value) => value < -INT4 || value >= INT4)) return undefined;
  return `${BigInt.asUintN(32, first)}:${BigInt.asUintN(32, second)}:2`;
}

/** What the other connections hold: key → the modes held. */
export type HeldByOthers = ReadonlyMap<string, ReadonlySet<string>>;

/** How a statement's advisory calls meet the other connections' locks. */
export type AdvisoryPlan =
  /** No key of another connection: the engine answers as PostgreSQL would. */
  | { readonly kind: 'run' }
  /** Contended tries only, in a select list of advisory calls: those answer false. */
  | { readonly kind: 'rewrite'; readonly text: string }
  /** One contended wait: it ends as the session's lock_timeout or statement_timeout ends it. */
  | { readonly kind: 'wait' }
  /** The fake cannot answer it as PostgreSQL: refused. */
  | undefined;

function conflicts(
  call: AdvisoryCall,
  held: ReadonlySet<string> | undefined,
): 'none' | 'conflict' | 'shared' {
  if (!held || held.size === 0) return 'none';
  if (held.has('ExclusiveLock') || call.mode === 'ExclusiveLock') return 'conflict';
  // Both shared: PostgreSQL grants it, but the one engine session would hold the key once for two
  // connections, and could not tell whose it is when one lets it go.
  return 'shared';
}

// A statement that is only a select list of advisory calls, each with an optional alias.
const ALIAS = /^\s*(?:as\s+)?("(?:[^"]|"")+"|[a-z_][\w$]*)?\s*$/i;

/** Plans a statement's advisory calls against what the other connections hold. */
export function planAdvisory(
  text: string,
  params: readonly (string | null)[] | undefined,
  others: HeldByOthers,
): AdvisoryPlan {
  const calls = advisoryCalls(text, params);
  if (!calls) return undefined;
  const contended: AdvisoryCall[] = [];
  for (const call of calls) {
    const meets = conflicts(call, others.get(call.key));
    if (meets === 'shared') return undefined;
    if (meets === 'none') continue;
    // Freeing another connection's lock: PostgreSQL warns and answers false; the engine would free it.
    if (call.kind === 'unlock') return undefined;
    contended.push(call);
  }
  if (contended.length === 0) return { kind: 'run' };
  const items = selectList(text, calls);
  if (!items) return undefined;
  if (contended.some((call) => call.kind === 'lock')) {
    // What the calls before the wait took stays taken after its error: only a lone wait is answered.
    return calls.length === 1 ? { kind: 'wait' } : undefined;
  }
  const rewritten = items.map(({ call, alias }) => {
    const label = alias ?? call.name;
    if (!contended.includes(call)) return `${text.slice(call.start, call.end)} AS ${label}`;
    // The parameters stay in the text, typed as the call would type them: the client still sends them.
    const kept = call.params.map(([index, type]) => ` AND $${index}::${type} IS NULL`).join('');
    return `(false${kept}) AS ${label}`;
  });
  return { kind: 'rewrite', text: `SELECT ${rewritten.join(', ')}` };
}

/** The calls with their aliases when the text is `SELECT call [AS alias], ...` and nothing else. */
function selectList(
  text: string,
  calls: readonly AdvisoryCall[],
): { call: AdvisoryCall; alias: string | undefined }[] | undefined {
  const head = /^\s*select\s+/i.exec(text);
  if (!head) return undefined;
  let at = head[0].length;
  const items: { call: AdvisoryCall; alias: string | undefined }[] = [];
  for (const [index, call] of calls.entries()) {
    if (call.start !== at) return undefined;
    const next = calls[index + 1];
    const tail = next ? text.slice(call.end, next.start) : text.slice(call.end).replace(/;\s*$/, '');
    const separated = next ? /^([\s\S]*),\s*$/.exec(tail) : [tail, tail];
    const alias = separated ? ALIAS.exec(separated[1] ?? '') : null;
    if (!alias) return undefined;
    items.push({ call, alias: alias[1] });
    at = next ? next.start : text.length;
  }
  return items;
}
