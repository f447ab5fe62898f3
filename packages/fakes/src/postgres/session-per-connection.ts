import { setTimeout as sleep } from 'node:timers/promises';
import { type AdvisoryPlan, type HeldByOthers, planAdvisory } from './advisory-calls.js';
import { ADDED_SPAN } from './pglite/pg15-body-marks.js';
import {
  pg15ApplicationName,
  pg15ApplicationNameRequest,
  readingIdleTimeout,
} from './pglite/pg15-session-settings.js';
import type { EngineNotification, EngineReply, EngineRequest, PostgresEngine } from './postgres-engine.js';
import { mentionsSessionObjects, SessionObjects, TEMPORARY_NOUNS } from './session-objects.js';
import { timeoutPlan } from './statement-timeout.js';

/** A session's own settings (`SET`, `set_config(..., false)`): name and value as pg_settings prints them. */
type Settings = readonly (readonly [string, string])[];

const NO_SETTINGS: Settings = [];

// Statements that may change a session setting: SET/RESET/DISCARD at a statement's start, or
// set_config, or a DO block or function body (which may run SET through EXECUTE). UPDATE's SET does
// not start a statement, so ordinary writes never make the engine read the settings back.
const CHANGES_SETTINGS =
  /(^|;)\s*(set|reset|discard)\b|\bset_config\b|(^|;)\s*(do|create\b[^;]*\bfunction)\b/i;
// Custom settings (`app.tenant`) a statement sets by name: pg_settings does not list them.
const SETS_CUSTOM = [
  /\bset_config\s*\(\s*'([a-z_][\w$]*\.[\w$.]+)'/gi,
  /(?:^|;)\s*set\s+(?:session\s+|local\s+)?"?([a-z_][\w$]*\.[\w$.]+)"?\s*(?:=|to\b)/gi,
];
const SETS_CUSTOM_PARAMETER = /\bset_config\s*\(\s*\$(\d+)/gi;
const CUSTOM_NAME = /^[a-z_][\w$]*\.[\w$.]+$/i;
const RESETS = /(^|;)\s*(reset|discard)\b/i;
const ACTIVITY = /\bpg_stat_activity\b/i;
/** The engine's one backend has one pid: every connection would read the same. */
const BACKEND_PID = /\bpg_backend_pid\b/i;
/** The engine's one session has one temporary schema: every connection would name the same. */
const TEMP_SCHEMA = /\bpg_(?:my_temp_schema|is_other_temp_schema)\b/i;
// Statements that drop every object of a kind in the session: in one engine session, other connections' too.
const DROPS_ALL: readonly (readonly [RegExp, readonly string[]])[] = [
  [/(^|;)\s*discard\s+all\b/i, [...TEMPORARY_NOUNS, 'prepared statement', 'cursor']],
  [/(^|;)\s*discard\s+temp(orary)?\b/i, TEMPORARY_NOUNS],
  [/(^|;)\s*deallocate\s+(prepare\s+)?all\b/i, ['prepared statement']],
  [/(^|;)\s*close\s+all\b/i, ['cursor']],
];
const objectRefusal = (
  reason: string,
): string => `DO $seams$ BEGIN RAISE EXCEPTION USING ERRCODE = 'feature_not_supported', MESSAGE =
  'the fake''s PGlite engine runs every connection in one PostgreSQL session: ${reason.replaceAll("'", "''")}. Test this across connections on the real server'; END $seams$`;
// LISTEN and UNLISTEN with their channel: a plain identifier (folded to lower case) or a quoted one;
// also as a DO block's EXECUTE 'LISTEN ...' string.
const LISTENS = /(?:^|;|')\s*(listen|unlisten)\s+("(?:[^"]|"")+"|[a-z_][\w$]*|\*)/gi;
const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const SLEEPS = /\bpg_sleep/i;
const STATEMENT_TIMEOUT = "SELECT setting FROM pg_settings WHERE name = 'statement_timeout'";
const CANCELED = { code: '57014', message: 'canceling statement due to statement timeout' } as const;
const CANCEL_TRANSACTION = `DO $seams$ BEGIN RAISE EXCEPTION USING ERRCODE = 'query_canceled', MESSAGE = '${CANCELED.message}'; END $seams$`;
const SETS_TIMEOUT =
  /\b(set\s+(session\s+|local\s+)?|reset\s+)statement_timeout\b|\bset_config\s*\(\s*'statement_timeout'|(^|;)\s*(reset|discard)\s+all\b/i;
// Statements whose overrun the fake cannot undo: they end, split or need a transaction of their own.
const TIMEOUT_REFUSAL = `DO $seams$ BEGIN RAISE EXCEPTION USING ERRCODE = 'feature_not_supported', MESSAGE =
  'the fake''s PGlite engine checks statement_timeout after a statement ran, and this one overran it where the fake cannot answer as PostgreSQL (its effects end, split or need a transaction block, or it changes statement_timeout itself). Test such timeouts on the real server'; END $seams$`;
/** Any mention of an advisory-lock function: taking, trying, freeing. */
const ADVISORY = /advisory/i;
// What may change a session beyond what the database lock sees (settings, advisory locks, channels,
// temporary tables) or needs the clock to itself (a sleep): such a request runs with the engine to
// itself, after every request in flight and before any handed on later.
const STATEFUL =
  /advisory|listen|\btemp|pg_temp|currval|lastval|pg_prepared_statements|pg_cursors|pg_sleep|pg_stat_activity|set_config|(^|;)\s*(set|reset|discard|do|create\b[^;]*\bfunction|prepare|deallocate|declare|close)\b/i;

// SET ROLE and SET SESSION AUTHORIZATION: pg_settings does not list them and RESET ALL keeps them,
// so they are read and put back on their own, once some statement has named them.
// A column called role is not one: only SET/RESET (also as a DO block's string) and set_config count.
const CHANGES_ROLE =
  /(?:^|;|')\s*(?:set|reset)\s+(?:session\s+|local\s+)?(?:role|session\s+authorization)\b|\bset_config\s*\(\s*'(?:role|session_authorization)'/i;
const ROLE_NAMES = new Set(['role', 'session_authorization']);
const ROLE_SETTINGS = "SELECT session_user, current_setting('role')";
// PGlite's SET SESSION AUTHORIZATION DEFAULT (and so DISCARD ALL) keeps the user it set (its
// single-user backend has no authenticated name to go back to): the name is set explicitly.
const DEFAULT_AUTHORIZATION =
  "SELECT set_config('session_authorization', $1, false), set_config('role', 'none', false)";
// What a client runs to go back to its own authorization, which PGlite would not do.
const RESETS_AUTHORIZATION =
  /session\s+authorization\s+default|reset\s+session\s+authorization|discard\s+all\b/i;
// What may call nextval (or setval), leaving currval and lastval behind in the one engine session,
// and what reads them back. Both are tested on the text followed into what it calls (`#reached`).
const USES_SEQUENCES = /\bnextval\b|\bsetval\b|\binsert\b|\bmerge\b|\bcopy\b|(^|;)\s*(do|call)\b/i;
const READS_SEQUENCES = /\bcurrval\b|\blastval\b/i;
const DISCARDS_SEQUENCES = /(^|;)\s*discard\s+(all|sequences)\b/i;
const LISTENING_CHANNELS = /\bpg_listening_channels\b/i;
const SIGNALS_BACKEND = /\bpg_(cancel|terminate)_backend\b/i;
// PGlite hangs when one of these timeouts fires (its backend cannot end): the engine keeps them at 0,
// and the fake keeps each session's idle_in_transaction_session_timeout itself.
const IDLE_TIMEOUT = /idle_in_transaction_session_timeout|idle_session_timeout/i;
const IDLE_TIMEOUT_NAMES = new Set(['idle_in_transaction_session_timeout', 'idle_session_timeout']);
// What sets a setting for the transaction only.
const SETS_LOCAL = /(^|;)\s*set\s+local\b|\bset_config\s*\([^;]*,\s*true\s*\)/i;
// What reads the session's idle_in_transaction_session_timeout: SHOW, current_setting, pg_settings.
const READS_IDLE_TIMEOUT = /idle_in_transaction_session_timeout|\bpg_settings\b/i;
const IDLE_TIMEOUT_READ =
  "SELECT setting FROM pg_settings WHERE name = 'idle_in_transaction_session_timeout'";
const IDLE_TIMEOUTS_OFF =
  "SELECT set_config('idle_in_transaction_session_timeout', '0', false), set_config('idle_session_timeout', '0', false)";
// Whether the engine is still in the transaction (now() is its start): the pool's rollback of a
// released connection ends it without a session to tell.
const IN_TRANSACTION = 'SELECT now() < statement_timestamp()';
// User functions whose body takes or frees advisory locks, or sets a setting (set_config, SET): a
// statement that calls one does what its body does.
// What a statement must not mention to take the fast path: each has its own handling in #runAs.
const NOT_PLAIN: readonly RegExp[] = [
  STATEFUL,
  CHANGES_ROLE,
  /listen|\bfunction\b|\bprocedure\b/i,
  LISTENING_CHANNELS,
  SIGNALS_BACKEND,
  IDLE_TIMEOUT,
  BACKEND_PID,
  TEMP_SCHEMA,
  // CREATE VIEW: temporary when it reads a temporary relation, which #runAs reads back.
  /(^|;)\s*create\s+(or\s+replace\s+)?(recursive\s+)?view\b/i,
];
// Read past the PostgreSQL 15 face (`engineCatalog`): through it pg_proc is a view over every
// built-in function that costs 15 ms a read, and a corpus case read it once per fresh database (half
// of PGlite's corpus replay). User functions only (oid from 16384, FirstNormalObjectId, on), with
// what the fake added to their bodies (pg15-body-marks.ts) left out as the view leaves it out.
// A SQL-standard body (RETURN, BEGIN ATOMIC) keeps an empty prosrc: its text is read back from prosqlbody.
// A SQL-standard body that reads a temporary table (a dependency, deparsed without pg_temp) is kept too.
const SESSION_FUNCTIONS = `SELECT lower(p.proname), pg_catalog.regexp_replace(
    COALESCE(pg_catalog.pg_get_function_sqlbody(p.oid), p.prosrc), '${ADDED_SPAN}', '', 'g') AS prosrc,
    EXISTS (SELECT FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_class c ON c.oid = d.refobjid
      WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND c.relpersistence = 't') AS temporary
  FROM pg_catalog.pg_proc p
  WHERE p.oid >= 16384 AND p.pronamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)`;
// Relations whose use runs SQL the statement's text does not name: a view's query, a column's
// default, a trigger's function (named as a call, so that its body is reached in turn).
const SESSION_RELATIONS = `SELECT lower(c.relname), pg_catalog.pg_get_viewdef(c.oid)
  FROM pg_catalog.pg_class c WHERE c.oid >= 16384 AND c.relkind IN ('v', 'm')
  UNION ALL
  SELECT lower(c.relname), pg_catalog.pg_get_expr(d.adbin, d.adrelid)
  FROM pg_catalog.pg_attrdef d JOIN pg_catalog.pg_class c ON c.oid = d.adrelid WHERE c.oid >= 16384
  UNION ALL
  SELECT lower(c.relname), lower(p.proname) || '()'
  FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
    JOIN pg_catalog.pg_proc p ON p.oid = t.tgfoid
  WHERE NOT t.tgisinternal`;
// SQL-level PREPARE and EXECUTE: what an EXECUTE runs is the prepared body, which its text does not show.
const PREPARES = /(?:^|;)\s*prepare\s+("[^"]+"|[\w$]+)\s*(?:\([^)]*\))?\s+as\s+([\s\S]*)$/i;
const EXECUTES = /(?:^|;)\s*execute\s+("[^"]+"|[\w$]+)/gi;
function preparedName(name: string): string {
  return name.startsWith('"') ? name.slice(1, -1) : name.toLowerCase();
}
// A call in lower-cased SQL: a name, quoted or not (ORMs quote), then its argument list after spaces
// or comments; the name without its quotes, so `"take"(1)` and `public."take" (1)` are calls of take.
const CALL = /"?([a-z_][\w$]*)"?(?:\s|\/\*[\s\S]*?\*\/)*\(/g;
// What in a function's body touches session state (its calls are followed by `#reached`).
const FUNCTION_STATE =
  /advisory|set_config|\bcurrval\b|\blastval\b|\bnextval\b|\bsetval\b|\bpg_temp\b|\btemp(orary)?\b/i;
// What in a relation's SQL touches session state. nextval is left out: a serial column's default
// would put nearly every table here, and an INSERT already counts as using sequences.
// What a view may read of its session: channels, the backend's pid and activity, the temporary schema.
const RELATION_STATE =
  /advisory|set_config|\bcurrval\b|\blastval\b|\bpg_temp\b|pg_listening_channels|pg_backend_pid|pg_stat_activity|pg_my_temp_schema|pg_is_other_temp_schema/i;

/** What the fast path knows of a statement text. */
interface TextTraits {
  /** Nothing in it may change, read or depend on session state: it needs only the bookkeeping every request gets. */
  readonly plain: boolean;
  /** It may call nextval, leaving currval and lastval in the engine's one session. */
  readonly usesSequences: boolean;
}
/** Texts whose traits are kept; a pool's statements are far fewer, ad hoc texts start the count again. */
const TRAITS_KEPT = 1_000;

/** What calling a user function may do to its session. */
interface SessionFunctions {
  readonly advisory: ReadonlySet<string>;
  /** Function name → the custom settings its body sets by a literal name. */
  readonly settings: ReadonlyMap<string, readonly string[]>;
  /** Functions whose body may make a temporary relation (CREATE TEMP TABLE, EXECUTE of one). */
  readonly temporary: ReadonlySet<string>;
  /** Function name → its body, for the functions whose body touches session state. */
  readonly bodies: ReadonlyMap<string, string>;
  /** Relation name → the SQL its use runs (view query, defaults, trigger calls) that touches session state. */
  readonly relations: ReadonlyMap<string, string>;
}
// Statements that may make temporary relations their text does not name: a DO block's or a
// procedure's body, CREATE VIEW over a temporary relation (temporary itself; its notice may be
// filtered out by client_min_messages). After one, the session's temporary schema is read.
const MAKES_UNNAMED_TEMPORARY = /(^|;)\s*(do|call|create\s+(or\s+replace\s+)?(recursive\s+)?view)\b/i;
const MAKES_TEMPORARY_BODY = /\btemp(orary)?\b|\bpg_temp\b/i;
const TEMPORARY_RELATIONS =
  "SELECT c.relname, c.relkind FROM pg_class c WHERE c.relnamespace = pg_my_temp_schema() AND c.relkind IN ('r', 'p', 'S', 'v')";
// What may define or change a function, a view, a default or a trigger: the next request reads them again.
const DEFINES_FUNCTION =
  /(^|;)\s*(create\b[^;]*\b(function|procedure|view|trigger|table)\b|(alter|drop)\s+(table|view|function|procedure|trigger)\b)/i;

// transaction_isolation, transaction_read_only and transaction_deferrable are the transaction's own,
// set afresh as each one starts, yet pg_settings keeps the last SET TRANSACTION's as a session
// value that RESET ALL leaves: set again between statements, they would fail (25001) or move into
// another connection's transaction.
const SESSION_SETTINGS =
  "SELECT name, setting FROM pg_settings WHERE source = 'session' AND name NOT IN ('transaction_isolation', 'transaction_read_only', 'transaction_deferrable') ORDER BY name";
// Each key with its mode (`classid:objid:objsubid:ExclusiveLock`): a shared lock and an exclusive one contend differently.
const ADVISORY_KEYS =
  "SELECT classid::text || ':' || objid::text || ':' || objsubid::text || ':' || mode FROM pg_locks WHERE locktype = 'advisory' AND granted";
const LOCK_WAIT_TIMEOUTS =
  "SELECT setting FROM pg_settings WHERE name IN ('lock_timeout', 'statement_timeout') ORDER BY name";
const LOCK_TIMED_OUT = `DO $seams$ BEGIN RAISE EXCEPTION USING ERRCODE = 'lock_not_available', MESSAGE = 'canceling statement due to lock timeout'; END $seams$`;
const CUSTOM_SETTINGS = 'SELECT n, current_setting(n, true) FROM unnest($1::text[]) AS n ORDER BY n';

const customRefusal = (
  name: string,
): string => `DO $seams$ BEGIN RAISE EXCEPTION USING ERRCODE = 'feature_not_supported', MESSAGE =
  'the fake''s PGlite engine runs every connection in one PostgreSQL session: another connection set ${name}, which this connection never set, so it would read an empty string where PostgreSQL reads NULL or fails. Set it on this connection first, or test it on the real server'; END $seams$`;

const ADVISORY_REFUSAL = `DO $seams$ BEGIN RAISE EXCEPTION USING ERRCODE = 'feature_not_supported', MESSAGE =
  'the fake''s PGlite engine runs every connection in one PostgreSQL session: another connection holds advisory locks, and this statement takes or frees advisory locks, which PostgreSQL would make contend (or refuse to free). Test lock contention between connections on the real server'; END $seams$`;

/**
 * Gives each connection its own session on an engine that has one (PGlite), for what a client can
 * see of a session: its settings (`SET search_path`, `SET TIME ZONE`, `set_config`) follow the
 * connection that made them, and advisory locks one connection holds are not silently taken again
 * by another (that statement fails with 0A000 instead: one PostgreSQL session cannot make them contend).
 *
 * The swap happens only when a request comes from another connection than the last one, outside
 * any transaction (the database lock keeps transactions whole), and costs statements only when a
 * session set something: pools whose connections never SET, or all SET the same, pay nothing.
 */
export class SessionPerConnection implements PostgresEngine {
  readonly name: string;
  readonly inOrder?: boolean;
  /** The connection whose session state the engine holds now; undefined: the server's defaults. */
  #live: number | undefined;
  /** The settings the engine holds now, or undefined when the live session may have changed them. */
  #liveSettings: Settings | undefined = NO_SETTINGS;
  /** Settings of sessions not live now; a session not here has the defaults. */
  readonly #saved = new Map<number, Settings>();
  /** Advisory locks (pg_locks identities with their mode, `classid:objid:objsubid:mode`) each session was last seen to hold. */
  readonly #advisory = new Map<number, ReadonlySet<string>>();
  /** A session whose advisory locks could not be read (its transaction aborted): read when it ends. */
  #advisoryUnread: number | undefined;
  #settled = false;
  /** Each session's startup settings (pg's application_name, statement_timeout, options): what RESET returns to. */
  readonly #startup = new Map<number, Settings>();
  /** Custom settings any session set (they stay defined in the one engine session once set). */
  readonly #customNames = new Set<string>();
  /** The connections open now (each started a session). */
  readonly #connected = new Set<number>();
  /** Temporary tables, prepared statements and held cursors by the session that made them. */
  readonly #objects = new SessionObjects();
  /** The channels each session listens to (the engine's one session listens to them all). */
  readonly #listening = new Map<number, Set<string>>();
  /** LISTEN and UNLISTEN statements of each session's open transaction. */
  readonly #pendingListens = new Map<number, string[]>();
  /** Channels the engine stopped listening to (another session's UNLISTEN) that someone still wants. */
  #relisten = false;
  /** The custom settings each session set. */
  readonly #customSetBy = new Map<number, Set<string>>();
  /** The session of the last request handed on (a swap is queued when the next one differs). */
  #handedTo: number | undefined;
  /** Why the last swap failed: the requests queued behind it fail with it instead of running on another session's settings. */
  #swapError: Error | undefined;
  /** Settles when the last queued swap is done: requests handed later run after it. */
  #barrier: Promise<void> = Promise.resolve();
  /** Requests handed on and not answered: a swap waits for them (a worker engine may hold several). */
  readonly #inFlight = new Set<Promise<unknown>>();
  /** Whether a statement named a role or the session authorization: from then on swaps read and restore them. */
  #roles = false;
  /** The engine session's own authorization, before any connection changed it. */
  #defaultAuthorization: string | undefined;
  /** Sessions (open or ended) whose nextval may have left currval and lastval in the engine session. */
  readonly #sequenceUsers = new Set<number>();
  /** Sessions whose currval and lastval another session's DISCARD ALL or DISCARD SEQUENCES dropped. */
  readonly #sequencesLost = new Set<number>();
  /** Each session's idle_in_transaction_session_timeout in ms, where not 0 (the engine's stays 0). */
  readonly #idleTimeoutMs = new Map<number, number>();
  /**
   * Sessions that set idle_in_transaction_session_timeout in their open transaction: the value
   * before it (a rollback's) and the one a commit keeps (SET LOCAL's does not outlive it).
   */
  readonly #idleInTransaction = new Map<number, { readonly before: number; atCommit: number }>();
  /** Each session's startup idle_in_transaction_session_timeout in ms, where not 0: what RESET returns to. */
  readonly #idleStartupMs = new Map<number, number>();
  /** When each session's last answer left it in a transaction. */
  readonly #idleSince = new Map<number, number>();
  /** User functions that take advisory locks or set settings, read once and again after a CREATE FUNCTION. */
  #functions: SessionFunctions | undefined;
  /** Session → SQL-level prepared statement name → its body: what an EXECUTE of it runs. */
  readonly #prepared = new Map<number, Map<string, string>>();
  /** Requests and steps queued and not yet settled: while there are any, nothing skips the queue. */
  #waiting = 0;
  readonly #traitsByText = new Map<string, TextTraits>();

  constructor(private readonly engine: PostgresEngine) {
    this.name = engine.name;
    if (engine.inOrder) this.inOrder = true;
  }

  run(asked: EngineRequest): Promise<EngineReply> {
    // application_name as 15 keeps it (PGlite's 18 would keep `\xNN` for what 15 makes `?`).
    const request = pg15ApplicationNameRequest(asked);
    const { session } = request;
    if (session !== undefined && this.#mayRunPlain(session, request))
      return this.#track(this.#runPlain(request, session));
    // The fake's own requests (a rollback on release) run in whatever session is live.
    if (session !== undefined && session !== this.#handedTo) {
      this.#handedTo = session;
      // Decided when its turn comes, after what was handed on before it: most turns need no swap,
      // and then requests in flight on an in-order engine stay in flight together.
      this.#queue(async (before) => {
        if (!this.#swapNeeded(session)) {
          this.#live = session;
          return;
        }
        await before();
        await this.#swapTo(session);
      });
    }
    if (!STATEFUL.test(request.text) && this.#called(request.text).length === 0)
      return this.#track(this.#counted(this.#barrier.then(() => this.#runAsLive(request))));
    let reply: Promise<EngineReply> | undefined;
    const done = this.#queue(async (before) => {
      await before();
      reply = this.#runAsLive(request);
      await reply;
    });
    return this.#track(done.then(() => reply ?? Promise.reject(new Error('fake postgres: request lost'))));
  }

  /**
   * Whether a request can go to the engine at once, with only the bookkeeping every answer needs:
   * nothing is queued or on its way ahead of it (an in-order engine must see requests in the order
   * handed), its text can neither change nor reveal session state, and no other connection's state
   * could make it a refusal. A pool that never touches session state runs every request this way.
   */
  #mayRunPlain(session: number, { text, params }: EngineRequest): boolean {
    if (this.#waiting > 0 || this.#relisten || this.#functions === undefined) return false;
    if (this.#advisoryUnread !== undefined) return false;
    if (!this.#traits(text).plain || this.#idleTimeoutMs.has(session) || this.#idleInTransaction.has(session))
      return false;
    if (this.#called(text).length > 0 || this.#executedBodies(session, text) !== '') return false;
    if (this.#unsetCustomName(session, text, [], params) !== undefined) return false;
    if (this.#objects.othersUsedBy(session, text) !== undefined) return false;
    if (session !== this.#handedTo) {
      if (this.#swapNeeded(session)) return false;
      this.#handedTo = session;
      this.#live = session;
    }
    return true;
  }

  async #runPlain(request: EngineRequest, session: number): Promise<EngineReply> {
    const reply = await this.engine.run(request);
    if (reply.status === 'idle') this.#idleSince.delete(session);
    else this.#idleSince.set(session, performance.now());
    // A plain COMMIT still makes the transaction's earlier LISTENs take effect.
    this.#listenAtCommit(session, request.text, reply, true);
    if (this.#traits(request.text).usesSequences) this.#sequenceUsers.add(session);
    return reply.notifications ? { ...reply, notifications: this.#route(reply.notifications) } : reply;
  }

  /** What the fast path needs to know of a statement text, kept per text: a pool repeats its statements. */
  #traits(text: string): TextTraits {
    let traits = this.#traitsByText.get(text);
    if (traits) return traits;
    traits = {
      plain: !NOT_PLAIN.some((pattern) => pattern.test(text)) && !mentionsSessionObjects(text),
      usesSequences: USES_SEQUENCES.test(text),
    };
    if (this.#traitsByText.size >= TRAITS_KEPT) this.#traitsByText.clear();
    this.#traitsByText.set(text, traits);
    return traits;
  }

  /** Counts a request or step until it settles: while any is, later requests take the queue too. */
  #counted<T>(promise: Promise<T>): Promise<T> {
    this.#waiting += 1;
    const settled = (): void => {
      this.#waiting -= 1;
    };
    promise.then(settled, settled);
    return promise;
  }

  /** A swap is needed when some session's settings differ from the defaults, or may. */
  #swapNeeded(session: number): boolean {
    return this.#liveSettings === undefined || this.#liveSettings.length > 0 || this.#saved.has(session);
  }

  /**
   * Queues a step every request handed on later waits for; `before()` waits for the requests handed
   * on before it, for a step that needs the engine to itself.
   */
  #queue(step: (before: () => Promise<unknown>) => Promise<void>): Promise<void> {
    const inFlight = [...this.#inFlight];
    const done = this.#counted(this.#barrier.then(() => step(() => Promise.allSettled(inFlight))));
    this.#barrier = done.catch(() => {
      // A failed swap fails the requests behind it; the next request tries the swap again.
      this.#handedTo = undefined;
    });
    return done;
  }

  /**
   * Runs a connection's request once its session is the live one. A swap that failed is caught to
   * keep the queue going, so a request behind it would otherwise run on the settings the swap left
   * (reset, or half of another session's): it is refused instead (0A000, naming why), and the
   * connection's next request tries the swap again.
   */
  async #runAsLive(request: EngineRequest): Promise<EngineReply> {
    if (request.session === undefined || this.#live === request.session) return this.#runAs(request);
    const why = this.#swapError?.message ?? 'switching sessions failed';
    const reason = `connection #${request.session}'s settings could not be put back (${why}), where PostgreSQL keeps them in the connection's own session`;
    return raised(await this.engine.run({ text: objectRefusal(reason) }));
  }

  #track<T>(promise: Promise<T>): Promise<T> {
    this.#inFlight.add(promise);
    const settled = (): void => {
      this.#inFlight.delete(promise);
    };
    promise.then(settled, settled);
    return promise;
  }

  async #runAs(request: EngineRequest): Promise<EngineReply> {
    const { text } = request;
    if (request.session !== undefined) this.#functions ??= await this.#readFunctions();
    const called = this.#called(text);
    // The text with the SQL it runs unnamed: bodies of the functions it calls, queries of its views,
    // defaults and triggers of its tables (what an advisory lock, currval or a temp table hides in).
    const reached = this.#reached(`${text}${this.#executedBodies(request.session, text)}`);
    const advisory =
      (ADVISORY.test(reached) || called.some((name) => this.#functions?.advisory.has(name))) &&
      request.session !== undefined;
    const settingsCalled = called.filter((name) => this.#functions?.settings.has(name));
    const namesRole =
      CHANGES_ROLE.test(text) ||
      (/\bset_config\s*\(\s*\$\d/i.test(text) &&
        (request.params ?? []).some((param) => param !== null && ROLE_NAMES.has(param.trim().toLowerCase())));
    if (namesRole && !this.#roles) {
      // Read before the first statement that may change it: what SET SESSION AUTHORIZATION DEFAULT restores.
      // In an aborted transaction the read fails, and so will the statement: the next one reads.
      const reply = await this.engine.run({ text: ROLE_SETTINGS });
      if (!reply.error) {
        this.#defaultAuthorization = reply.results[0]?.rows[0]?.[0] ?? '';
        this.#roles = true;
      }
    }
    // Another connection's advisory locks: a statement naming its keys plainly is answered as
    // PostgreSQL would (advisory-calls.ts), any other is refused.
    const advisoryPlan: AdvisoryPlan =
      advisory && request.session !== undefined && (await this.#othersHoldAdvisory(request.session))
        ? reached === text
          ? planAdvisory(text, request.params, this.#heldByOthers(request.session))
          : undefined
        : { kind: 'run' };
    const refused = advisoryPlan === undefined;
    const changes = CHANGES_SETTINGS.test(text) || namesRole || settingsCalled.length > 0;
    const custom = changes
      ? [
          ...customNamesSet(text, request.params),
          ...settingsCalled.flatMap((name) => this.#functions?.settings.get(name) ?? []),
        ]
      : [];
    const unset =
      request.session === undefined
        ? undefined
        : this.#unsetCustomName(request.session, text, custom, request.params);
    const idledOut = request.session !== undefined && (await this.#idledOut(request.session));
    const dropsAll = DROPS_ALL.filter(([pattern]) => pattern.test(text)).flatMap(([, nouns]) => nouns);
    const discardsAll = /(^|;)\s*discard\s+all\b/i.test(text);
    const others =
      request.session === undefined
        ? undefined
        : idledOut
          ? 'PostgreSQL would have ended this connection, idle in its transaction past idle_in_transaction_session_timeout, and the fake cannot end one connection of the session they share'
          : this.#connected.size > 1 && ACTIVITY.test(reached)
            ? 'pg_stat_activity would show one backend for all the open connections'
            : this.#connected.size > 1 && BACKEND_PID.test(reached)
              ? 'pg_backend_pid() would answer the same process id on every open connection'
              : this.#connected.size > 1 && TEMP_SCHEMA.test(reached)
                ? 'pg_my_temp_schema() and pg_is_other_temp_schema() would see one temporary schema for all the open connections'
                : this.#objects.othersOwn(request.session, dropsAll) ||
                    (discardsAll && (await this.#othersHoldAdvisory(request.session)))
                  ? 'this would drop what other connections keep in their sessions'
                  : READS_SEQUENCES.test(reached) && this.#sequencesNotOwn(request.session)
                    ? "currval and lastval would read what another connection's nextval left in it, where PostgreSQL keeps them per connection"
                    : LISTENING_CHANNELS.test(reached) && this.#othersListen(request.session)
                      ? 'pg_listening_channels() would list the channels other connections listen to'
                      : SIGNALS_BACKEND.test(text)
                        ? 'pg_cancel_backend and pg_terminate_backend have no backend of a connection to signal, only the one session all share'
                        : this.#objects.othersUsedBy(request.session, reached);
    const refusal = refused
      ? ADVISORY_REFUSAL
      : unset !== undefined
        ? customRefusal(unset)
        : others !== undefined
          ? objectRefusal(others)
          : undefined;
    // The session's idle_in_transaction_session_timeout is the fake's: reads of it are given its value.
    const idleMs = request.session === undefined ? undefined : this.#idleTimeoutMs.get(request.session);
    const reading =
      idleMs !== undefined && refusal === undefined && READS_IDLE_TIMEOUT.test(text)
        ? readingIdleTimeout(text, idleMs)
        : undefined;
    const sent = reading
      ? { ...request, text: reading.text }
      : advisoryPlan?.kind === 'rewrite'
        ? { ...request, text: advisoryPlan.text }
        : request;
    const answered =
      refusal === undefined && advisoryPlan?.kind === 'wait'
        ? await this.#contendedWait()
        : refusal === undefined && SLEEPS.test(text)
          ? await this.#runWithTimeout(sent)
          : refusal === undefined
            ? await this.engine.run(sent)
            : raised(await this.engine.run({ text: refusal }));
    const reply =
      reading?.show && !answered.error
        ? { ...answered, results: answered.results.map((result) => ({ ...result, command: 'SHOW' })) }
        : answered;
    if (advisory && !refused && request.session !== undefined)
      await this.#attributeAdvisoryLocks(request.session);
    // Only the aborted transaction's own session runs until it ends, so the locks are still its own.
    const unread = this.#advisoryUnread;
    if (unread !== undefined && reply.status !== 'failed') {
      this.#advisoryUnread = undefined;
      await this.#attributeAdvisoryLocks(unread);
    }
    if (request.session !== undefined && refusal === undefined && CHANGES_SETTINGS.test(text)) {
      if (IDLE_TIMEOUT.test(text)) await this.#keepIdleTimeout(request.session, text, reply);
      else if (!reply.error && /(^|;)\s*(reset\s+all|discard\s+all)\b/i.test(text))
        this.#idleBack(request.session);
    }
    if (request.session !== undefined) this.#idleAtTransactionEnd(request.session, reply);
    if (request.session !== undefined) {
      if (reply.status === 'idle') this.#idleSince.delete(request.session);
      else this.#idleSince.set(request.session, performance.now());
    }
    if (request.session !== undefined)
      this.#listenAtCommit(request.session, text, reply, refusal === undefined);
    if (this.#relisten && reply.status === 'idle') await this.#listenAgain();
    // nextval is not undone by an error or a rollback: what ran may have left its values.
    if (request.session !== undefined && refusal === undefined && USES_SEQUENCES.test(reached))
      this.#sequenceUsers.add(request.session);
    if (refusal === undefined && !reply.error && DEFINES_FUNCTION.test(text)) this.#functions = undefined;
    if (request.session !== undefined && refusal === undefined && !reply.error) {
      if (DISCARDS_SEQUENCES.test(text)) {
        // The others' currval and lastval went with it, where PostgreSQL keeps them.
        for (const user of this.#sequenceUsers) if (user !== request.session) this.#sequencesLost.add(user);
        this.#sequenceUsers.clear();
      }
      this.#objects.record(request.session, text);
      this.#recordPrepared(request.session, text);
      // What the text reached beyond itself (a trigger's function, a default, a view's query, and
      // what they call) may make a temporary relation its text does not name.
      if (
        MAKES_UNNAMED_TEMPORARY.test(text) ||
        MAKES_TEMPORARY_BODY.test(reached.slice(text.length)) ||
        called.some((name) => this.#functions?.temporary.has(name))
      ) {
        const relations = await this.engine.run({ text: TEMPORARY_RELATIONS });
        if (!relations.error) this.#objects.claim(request.session, relations.results[0]?.rows ?? []);
      }
      this.#objects.forget(request.session, dropsAll);
      if (discardsAll) {
        // It ended this session's advisory locks and listening; the others' channels are listened to again.
        this.#advisory.delete(request.session);
        this.#listening.delete(request.session);
        await this.#listenAgain();
      }
    }
    if (changes && refusal === undefined) {
      this.#liveSettings = undefined;
      if (!reply.error && RESETS_AUTHORIZATION.test(text)) await this.#defaultAuthorizationBack();
      const startup = request.session === undefined ? undefined : this.#startup.get(request.session);
      if (startup && RESETS.test(text)) await this.#restoreStartup(startup, text);
      if (request.session !== undefined && custom.length > 0) {
        const mine = this.#customSetBy.get(request.session) ?? new Set<string>();
        for (const name of custom) {
          mine.add(name);
          this.#customNames.add(name);
        }
        this.#customSetBy.set(request.session, mine);
      }
    }
    return reply.notifications ? { ...reply, notifications: this.#route(reply.notifications) } : reply;
  }

  /** LISTEN and UNLISTEN take effect when their transaction commits: a rollback keeps what was. */
  #listenAtCommit(session: number, text: string, reply: EngineReply, ran: boolean): void {
    const commands = reply.results.map(({ command }) => command);
    if (commands.includes('BEGIN')) this.#pendingListens.delete(session);
    const listens = ran && !reply.error && /listen/i.test(text);
    if (listens && reply.status === 'idle' && !this.#pendingListens.has(session)) {
      this.#trackListening(session, text);
      return;
    }
    const pending = this.#pendingListens.get(session) ?? [];
    if (listens) pending.push(text);
    if (reply.status !== 'idle') {
      if (pending.length > 0) this.#pendingListens.set(session, pending);
      return;
    }
    this.#pendingListens.delete(session);
    if (commands.includes('COMMIT')) for (const listened of pending) this.#trackListening(session, listened);
  }

  #trackListening(session: number, text: string): void {
    const mine = this.#listening.get(session) ?? new Set<string>();
    for (const [, verb = '', target = ''] of text.matchAll(LISTENS)) {
      const channel = target.startsWith('"')
        ? target.slice(1, -1).replaceAll('""', '"')
        : target.toLowerCase();
      if (verb.toLowerCase() === 'listen') {
        mine.add(channel);
        continue;
      }
      if (channel === '*') mine.clear();
      else mine.delete(channel);
      // The engine's one session stopped listening for everyone: the others' channels are listened to again.
      this.#relisten = true;
    }
    this.#listening.set(session, mine);
  }

  async #listenAgain(): Promise<void> {
    this.#relisten = false;
    const wanted = new Set([...this.#listening.values()].flatMap((channels) => [...channels]));
    for (const channel of wanted)
      await this.#check(this.engine.run({ text: `LISTEN ${quoteIdent(channel)}` }));
  }

  /** Each notification goes to the sessions listening on its channel. */
  #route(notifications: readonly EngineNotification[]): EngineNotification[] {
    return notifications.map((notification) => {
      const sessions: number[] = [];
      for (const [session, channels] of this.#listening)
        if (channels.has(notification.channel)) sessions.push(session);
      return { ...notification, sessions };
    });
  }

  /**
   * statement_timeout for a statement that sleeps: PGlite has no timer to cancel it, so one that
   * overran the session's timeout fails with 57014 when it returns, its transaction aborted. Only
   * sleeps are judged: a slow engine must not fail statements PostgreSQL would finish in time.
   * Outside a block the statement runs in one the fake rolls back on an overrun (PostgreSQL's
   * canceled statement leaves nothing); one it cannot so undo is refused (statement-timeout.ts).
   */
  async #runWithTimeout(request: EngineRequest): Promise<EngineReply> {
    // In a failed transaction the read fails too (25P02), and so will the request: no timeout then.
    const setting = await this.engine.run({ text: STATEMENT_TIMEOUT });
    const timeoutMs = setting.error ? 0 : Number(setting.results[0]?.rows[0]?.[0] ?? 0);
    // A text that sets the timeout itself times its later statements by the new value.
    const setsTimeout = SETS_TIMEOUT.test(request.text);
    if (timeoutMs <= 0 && !setsTimeout) return this.engine.run(request);
    // The overrun is found after the statement ran: outside a block it runs in one the fake can roll back.
    const plan = timeoutPlan(request.text);
    const wrapped = setting.status === 'idle' && plan.wrappable;
    if (wrapped) await this.#check(this.engine.run({ text: 'BEGIN' }));
    const started = performance.now();
    const reply = await this.engine.run(request);
    const elapsed = performance.now() - started;
    let overran = timeoutMs > 0 && elapsed >= timeoutMs;
    if (setsTimeout) {
      const after = await this.engine.run({ text: STATEMENT_TIMEOUT });
      const afterMs = after.error ? 0 : Number(after.results[0]?.rows[0]?.[0] ?? 0);
      const limits = [timeoutMs, afterMs].filter((ms) => ms > 0);
      // Which of its statements overran, under which value, the fake cannot tell.
      if (limits.length > 0 && elapsed >= Math.min(...limits)) {
        if (wrapped) await this.#check(this.engine.run({ text: 'ROLLBACK' }));
        return raised(await this.engine.run({ text: TIMEOUT_REFUSAL }));
      }
      overran = false;
    }
    if (wrapped) return this.#endWrapped(reply, overran);
    if (reply.error || !overran) return reply;
    if (setting.status === 'idle' || plan.controlsTransaction) {
      return raised(await this.engine.run({ text: TIMEOUT_REFUSAL }));
    }
    return raised(await this.engine.run({ text: CANCEL_TRANSACTION }));
  }

  /** Ends the block #runWithTimeout put a statement in: COMMIT, or ROLLBACK after an error or an overrun. */
  async #endWrapped(reply: EngineReply, overran: boolean): Promise<EngineReply> {
    if (reply.error || overran) {
      await this.#check(this.engine.run({ text: 'ROLLBACK' }));
      return reply.error
        ? { ...reply, status: 'idle' }
        : { results: [], error: { severity: 'ERROR', ...CANCELED }, notices: reply.notices, status: 'idle' };
    }
    const commit = await this.engine.run({ text: 'COMMIT' });
    // A deferred constraint fails at the statement's end, as PostgreSQL reports it for the statement.
    if (commit.error) return { results: [], error: commit.error, notices: reply.notices, status: 'idle' };
    const notifications = [...(reply.notifications ?? []), ...(commit.notifications ?? [])];
    return { ...reply, status: 'idle', ...(notifications.length > 0 && { notifications }) };
  }

  /** RESET and DISCARD return a setting to its startup value, not the server's default. */
  async #restoreStartup(startup: Settings, text: string): Promise<void> {
    for (const [name, value] of startup) {
      if (CUSTOM_NAME.test(name)) {
        // pg_settings does not list custom settings: the statement says whether it reset this one.
        if (resetsCustom(text, name))
          await this.engine.run({
            text: 'SELECT set_config($1, $2, false)',
            params: [name, value],
            paramTypes: [25, 25],
          });
        continue;
      }
      await this.engine.run({
        text: "SELECT set_config($1, $2, false) FROM pg_settings WHERE name = $1 AND source <> 'session'",
        params: [name, value],
        paramTypes: [25, 25],
      });
    }
  }

  /** A custom setting the text (or a parameter) names that another session set and this one did not (nor sets now). */
  #unsetCustomName(
    session: number,
    text: string,
    setting: readonly string[],
    params: readonly (string | null)[] = [],
  ): string | undefined {
    if (this.#customNames.size === 0) return undefined;
    const lower = text.toLowerCase();
    const named = new Set(params.flatMap((param) => (param === null ? [] : [param.trim().toLowerCase()])));
    const mine = this.#customSetBy.get(session);
    for (const name of this.#customNames) {
      if (!mine?.has(name) && !setting.includes(name) && (lower.includes(name) || named.has(name)))
        return name;
    }
    return undefined;
  }

  /**
   * Whether currval and lastval may not be this session's own: another session's nextval may have
   * left them, or another session's DISCARD dropped this one's.
   */
  #sequencesNotOwn(session: number): boolean {
    return this.#sequencesLost.has(session) || [...this.#sequenceUsers].some((user) => user !== session);
  }

  #othersListen(session: number): boolean {
    return [...this.#listening].some(([listener, channels]) => listener !== session && channels.size > 0);
  }

  /** Whether the session sat in its transaction longer than its idle_in_transaction_session_timeout. */
  async #idledOut(session: number): Promise<boolean> {
    const since = this.#idleSince.get(session);
    const timeoutMs = this.#idleTimeoutMs.get(session);
    if (since === undefined || timeoutMs === undefined || performance.now() - since <= timeoutMs)
      return false;
    const reply = await this.engine.run({ text: IN_TRANSACTION });
    return reply.results[0]?.rows[0]?.[0] === 't';
  }

  /**
   * Takes the timeout a statement set into the fake's keeping, and the engine's back to 0. A RESET
   * returns it to the connection's startup value, which the engine never had.
   */
  async #keepIdleTimeout(session: number, text: string, answered: EngineReply): Promise<void> {
    const reply = await this.engine.run({ text: IDLE_TIMEOUT_READ });
    if (reply.error) return;
    const before = this.#idleTimeoutMs.get(session) ?? 0;
    const timeoutMs = Number(reply.results[0]?.rows[0]?.[0] ?? 0);
    if (timeoutMs > 0) this.#idleTimeoutMs.set(session, timeoutMs);
    else if (RESETS.test(text)) this.#idleBack(session);
    else this.#idleTimeoutMs.delete(session);
    await this.engine.run({ text: IDLE_TIMEOUTS_OFF });
    if (answered.status === 'idle') return;
    // In a transaction: a rollback undoes it, and a commit ends SET LOCAL's.
    const pending = this.#idleInTransaction.get(session) ?? { before, atCommit: before };
    if (!SETS_LOCAL.test(text)) pending.atCommit = this.#idleTimeoutMs.get(session) ?? 0;
    this.#idleInTransaction.set(session, pending);
  }

  /** A transaction that set the timeout ended: a commit keeps what it set (but SET LOCAL), a rollback what was. */
  #idleAtTransactionEnd(session: number, reply: EngineReply): void {
    const pending = this.#idleInTransaction.get(session);
    if (!pending || reply.status !== 'idle') return;
    this.#idleInTransaction.delete(session);
    const committed = !reply.error && reply.results.some(({ command }) => command === 'COMMIT');
    const ms = committed ? pending.atCommit : pending.before;
    if (ms > 0) this.#idleTimeoutMs.set(session, ms);
    else this.#idleTimeoutMs.delete(session);
  }

  /** The session's idle_in_transaction_session_timeout back to its startup value. */
  #idleBack(session: number): void {
    const startupMs = this.#idleStartupMs.get(session);
    if (startupMs === undefined) this.#idleTimeoutMs.delete(session);
    else this.#idleTimeoutMs.set(session, startupMs);
  }

  /**
   * The user functions known to take advisory locks or set settings that a statement names, and the
   * relations whose use runs SQL touching session state.
   */
  #called(text: string): string[] {
    const functions = this.#functions;
    if (
      !functions ||
      (functions.advisory.size === 0 &&
        functions.settings.size === 0 &&
        functions.temporary.size === 0 &&
        functions.bodies.size === 0 &&
        functions.relations.size === 0)
    )
      return [];
    const lower = text.toLowerCase();
    // Called: a name before its argument list, so `app.tag` in a setting's name is no call of tag().
    const calls = [...lower.matchAll(CALL)]
      .map(([, word = '']) => word)
      .filter(
        (word) =>
          functions.advisory.has(word) ||
          functions.settings.has(word) ||
          functions.temporary.has(word) ||
          functions.bodies.has(word),
      );
    const relations =
      functions.relations.size === 0
        ? []
        : [...new Set(lower.match(/[a-z_][\w$]*/g) ?? [])].filter((word) => functions.relations.has(word));
    return [...calls, ...relations];
  }

  /** After a PREPARE succeeded: its body, which an EXECUTE of the name runs unnamed. */
  #recordPrepared(session: number, text: string): void {
    const match = PREPARES.exec(text);
    if (!match) return;
    const [, name = '', body = ''] = match;
    const mine = this.#prepared.get(session) ?? new Map<string, string>();
    mine.set(preparedName(name), body);
    this.#prepared.set(session, mine);
  }

  /** The bodies of the session's prepared statements the text executes, each after a `;`. */
  #executedBodies(session: number | undefined, text: string): string {
    const mine = session === undefined ? undefined : this.#prepared.get(session);
    if (!mine) return '';
    return [...text.matchAll(EXECUTES)]
      .map(([, name = '']) => mine.get(preparedName(name)))
      .filter((body) => body !== undefined)
      .map((body) => `;\n${body}`)
      .join('');
  }

  /** The text followed by the SQL of what it calls or uses, followed in turn a few levels deep. */
  #reached(text: string): string {
    const functions = this.#functions;
    if (!functions || (functions.bodies.size === 0 && functions.relations.size === 0)) return text;
    const seen = new Set<string>();
    let reached = text;
    let frontier = text;
    for (let depth = 0; depth < 4 && frontier !== ''; depth++) {
      const next: string[] = [];
      for (const name of this.#called(frontier)) {
        if (seen.has(name)) continue;
        seen.add(name);
        const source = functions.bodies.get(name) ?? functions.relations.get(name);
        if (source !== undefined) next.push(source);
      }
      frontier = next.join(';\n');
      if (frontier !== '') reached = `${reached};\n${frontier}`;
    }
    return reached;
  }

  /** Undefined when the read failed (an aborted transaction): the next request reads again. */
  async #readFunctions(): Promise<SessionFunctions | undefined> {
    const reply = await this.engine.run({ text: SESSION_FUNCTIONS, engineCatalog: true });
    if (reply.error) return undefined;
    const advisory = new Set<string>();
    const settings = new Map<string, string[]>();
    const temporary = new Set<string>();
    const bodies = new Map<string, string>();
    for (const [name, source, readsTemporary] of reply.results[0]?.rows ?? []) {
      if (!name || !source) continue;
      if (readsTemporary === 't') bodies.set(name, source);
      if (ADVISORY.test(source)) advisory.add(name);
      if (bodySetsSettings(source)) settings.set(name, customNamesSet(bodyStatements(source).join(';')));
      if (MAKES_TEMPORARY_BODY.test(source)) temporary.add(name);
      if (FUNCTION_STATE.test(source) || bodySetsSettings(source)) bodies.set(name, source);
    }
    const relationReply = await this.engine.run({ text: SESSION_RELATIONS, engineCatalog: true });
    if (relationReply.error) return undefined;
    const sources = new Map<string, string>();
    for (const [name, source] of relationReply.results[0]?.rows ?? []) {
      if (!name || !source) continue;
      sources.set(name, [sources.get(name), source].filter((part) => part !== undefined).join(';\n'));
    }
    const relations = new Map<string, string>();
    for (const [name, source] of sources) if (RELATION_STATE.test(source)) relations.set(name, source);
    // Then, until nothing is added, what calls such a function or names such a relation: a function
    // over a function that takes a lock, a view over a view, a trigger's function calling another.
    const reaches = (source: string): boolean => {
      const lower = source.toLowerCase();
      return (
        [...lower.matchAll(CALL)].some(([, word = '']) => bodies.has(word)) ||
        (relations.size > 0 && (lower.match(/[a-z_][\w$]*/g) ?? []).some((word) => relations.has(word)))
      );
    };
    const functionSources = new Map(
      (reply.results[0]?.rows ?? []).flatMap(([name, source]) =>
        name && source ? [[name, source] as const] : [],
      ),
    );
    for (let added = true; added; ) {
      added = false;
      for (const [name, source] of functionSources) {
        if (!bodies.has(name) && reaches(source)) {
          bodies.set(name, source);
          added = true;
        }
      }
      for (const [name, source] of sources) {
        if (!relations.has(name) && reaches(source)) {
          relations.set(name, source);
          added = true;
        }
      }
    }
    return { advisory, settings, temporary, bodies, relations };
  }

  /** Back to the server's defaults: RESET ALL keeps the role and session authorization, so they go first. */
  async #resetAll(): Promise<void> {
    await this.#defaultAuthorizationBack();
    await this.#check(this.engine.run({ text: 'RESET ALL' }));
  }

  async #defaultAuthorizationBack(): Promise<void> {
    if (!this.#roles || this.#defaultAuthorization === undefined) return;
    await this.#check(
      this.engine.run({
        text: DEFAULT_AUTHORIZATION,
        params: [this.#defaultAuthorization],
        paramTypes: [25],
      }),
    );
  }

  async #swapTo(session: number): Promise<void> {
    try {
      await this.#swapSettingsTo(session);
    } catch (error) {
      this.#swapError = error instanceof Error ? error : new Error(String(error));
      throw error;
    }
  }

  async #swapSettingsTo(session: number): Promise<void> {
    const outgoing = this.#live;
    if (outgoing !== undefined) {
      this.#liveSettings ??= await this.#readSettings();
      if (this.#liveSettings.length > 0) this.#saved.set(outgoing, this.#liveSettings);
      else this.#saved.delete(outgoing);
    }
    const current = this.#liveSettings ?? (await this.#readSettings());
    const wanted = this.#saved.get(session) ?? NO_SETTINGS;
    if (JSON.stringify(current) !== JSON.stringify(wanted)) {
      // Until every setting is in, the engine holds neither session's: a swap failing midway leaves
      // no session live (so no request runs on these settings, see `#runAsLive`) and the engine's
      // settings unknown (the next swap reads them afresh).
      this.#live = undefined;
      this.#liveSettings = undefined;
      await this.#resetAll();
      for (const [name, value] of wanted) {
        await this.#check(
          this.engine.run({
            text: 'SELECT set_config($1, $2, false)',
            params: [name, value],
            paramTypes: [25, 25],
          }),
        );
      }
    }
    this.#live = session;
    this.#liveSettings = wanted;
  }

  /** True when another session still holds advisory locks (what it was seen to hold, still held). */
  async #othersHoldAdvisory(session: number): Promise<boolean> {
    const others = [...this.#advisory].some(([holder, keys]) => holder !== session && keys.size > 0);
    if (!others) return false;
    await this.#attributeAdvisoryLocks(session);
    return [...this.#advisory].some(([holder, keys]) => holder !== session && keys.size > 0);
  }

  /** The advisory keys the other sessions hold, each with its modes. */
  #heldByOthers(session: number): HeldByOthers {
    const held = new Map<string, Set<string>>();
    for (const [holder, keys] of this.#advisory) {
      if (holder === session) continue;
      for (const entry of keys) {
        const split = entry.lastIndexOf(':');
        const key = entry.slice(0, split);
        const modes = held.get(key) ?? new Set<string>();
        modes.add(entry.slice(split + 1));
        held.set(key, modes);
      }
    }
    return held;
  }

  /**
   * A wait for another connection's advisory lock: PostgreSQL ends it when the session's
   * lock_timeout (or statement_timeout, the sooner; statement_timeout on a tie, its clock started
   * with the statement, before the wait) runs out, failing the statement (and its transaction). Without either it
   * would wait for the other connection, which one engine session cannot: refused.
   */
  async #contendedWait(): Promise<EngineReply> {
    const settings = await this.engine.run({ text: LOCK_WAIT_TIMEOUTS });
    // In an aborted transaction the read fails: so does the statement, as PostgreSQL fails it (25P02).
    if (settings.error) return raised(await this.engine.run({ text: LOCK_TIMED_OUT }));
    const [lockMs = 0, statementMs = 0] = (settings.results[0]?.rows ?? []).map(([ms]) => Number(ms ?? 0));
    if (lockMs <= 0 && statementMs <= 0) return raised(await this.engine.run({ text: ADVISORY_REFUSAL }));
    const byLock = lockMs > 0 && (statementMs <= 0 || lockMs < statementMs);
    await sleep(byLock ? lockMs : statementMs);
    return raised(await this.engine.run({ text: byLock ? LOCK_TIMED_OUT : CANCEL_TRANSACTION }));
  }

  /** What the engine holds now that no other session was seen to hold belongs to `owner`. */
  async #attributeAdvisoryLocks(outgoing: number): Promise<void> {
    const answer = await this.engine.run({ text: ADVISORY_KEYS });
    // In an aborted transaction nothing can be read (a session lock taken before the error stays
    // taken): the locks are attributed once the transaction ends, the bookkeeping kept until then.
    if (answer.status === 'failed') {
      this.#advisoryUnread = outgoing;
      return;
    }
    const reply = await this.#check(Promise.resolve(answer));
    const held = new Set(reply.results[0]?.rows.map(([key]) => key ?? '') ?? []);
    const others = new Set<string>();
    for (const [holder, keys] of this.#advisory) {
      if (holder === outgoing) continue;
      const still = new Set([...keys].filter((key) => held.has(key)));
      this.#advisory.set(holder, still);
      for (const key of still) others.add(key);
    }
    this.#advisory.set(outgoing, new Set([...held].filter((key) => !others.has(key))));
  }

  async #readSettings(): Promise<Settings> {
    const reply = await this.#check(this.engine.run({ text: SESSION_SETTINGS }));
    const rows = [...(reply.results[0]?.rows ?? [])];
    const custom = this.#live === undefined ? undefined : this.#customSetBy.get(this.#live);
    if (custom && custom.size > 0) {
      // Names of letters, digits, _, $ and dots: an array literal needs no quoting for them.
      const names = `{${[...custom].join(',')}}`;
      const values = await this.#check(this.engine.run({ text: CUSTOM_SETTINGS, params: [names] }));
      rows.push(...(values.results[0]?.rows ?? []));
    }
    if (this.#roles) {
      // Last, and session_authorization before role: setting the authorization sets role back to none.
      const reply = await this.#check(this.engine.run({ text: ROLE_SETTINGS }));
      const [authorization = '', role = 'none'] = reply.results[0]?.rows[0] ?? [];
      if (authorization !== this.#defaultAuthorization) rows.push(['session_authorization', authorization]);
      if (role !== 'none') rows.push(['role', role]);
    }
    return rows.map(([name, value]) => [name ?? '', value ?? ''] as const);
  }

  async #check(reply: Promise<EngineReply>): Promise<EngineReply> {
    const answer = await reply;
    if (answer.error) throw new Error(`fake postgres: switching sessions failed: ${answer.error.message}`);
    return answer;
  }

  /** A connection starts: its startup settings are its settings until it changes them. */
  openSession(session: number, startup: Settings): void {
    this.#connected.add(session);
    const settings: Settings = startup
      .filter(([name]) => !IDLE_TIMEOUT_NAMES.has(name.toLowerCase()))
      // As 15 keeps it: cut to 63 bytes, `?` for each byte outside printable ASCII.
      .map(([name, value]) => [
        name,
        name.toLowerCase() === 'application_name' ? pg15ApplicationName(value) : value,
      ]);
    const idle = startup.find(([name]) => name.toLowerCase() === 'idle_in_transaction_session_timeout');
    const idleMs = idle ? durationMs(idle[1]) : 0;
    if (idleMs > 0) {
      this.#idleTimeoutMs.set(session, idleMs);
      this.#idleStartupMs.set(session, idleMs);
    }
    if (settings.length === 0) return;
    const sorted = [...settings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    this.#startup.set(session, sorted);
    this.#saved.set(session, sorted);
    this.#startupCustom(session, sorted);
  }

  /** Custom settings a connection starts with (`-c app.tenant=acme`) are its own, as if it set them. */
  #startupCustom(session: number, startup: Settings): void {
    const names = startup.map(([name]) => name.toLowerCase()).filter((name) => CUSTOM_NAME.test(name));
    if (names.length === 0) return;
    const mine = this.#customSetBy.get(session) ?? new Set<string>();
    for (const name of names) {
      mine.add(name);
      this.#customNames.add(name);
    }
    this.#customSetBy.set(session, mine);
  }

  /** A connection ended: its settings are forgotten and its advisory locks freed, as at a disconnect. */
  endSession(session: number): Promise<void> {
    // After settle() the engine belongs to someone else (the next case, a newer lease): nothing to free.
    if (this.#settled) return Promise.resolve();
    return this.#queue(async (before) => {
      await before();
      this.#saved.delete(session);
      this.#connected.delete(session);
      this.#startup.delete(session);
      this.#customSetBy.delete(session);
      this.#sequencesLost.delete(session);
      this.#pendingListens.delete(session);
      this.#idleSince.delete(session);
      this.#idleTimeoutMs.delete(session);
      this.#idleStartupMs.delete(session);
      this.#idleInTransaction.delete(session);
      if (this.#advisoryUnread === session) {
        this.#advisoryUnread = undefined;
        await this.#attributeAdvisoryLocks(session);
        // Still unreadable: nothing is left to attribute them to once this session is gone.
        if (this.#advisoryUnread === session) this.#advisoryUnread = undefined;
      }
      for (const key of this.#advisory.get(session) ?? []) await this.#unlockAll(key);
      this.#advisory.delete(session);
      // PostgreSQL drops a session's temporary tables, prepared statements and cursors when it ends.
      for (const text of this.#objects.end(session)) await this.engine.run({ text });
      this.#prepared.delete(session);
      const channels = this.#listening.get(session) ?? new Set<string>();
      this.#listening.delete(session);
      const stillWanted = new Set([...this.#listening.values()].flatMap((wanted) => [...wanted]));
      for (const channel of channels) {
        if (!stillWanted.has(channel)) await this.engine.run({ text: `UNLISTEN ${quoteIdent(channel)}` });
      }
      if (this.#live === session) {
        // Its settings stay in the engine until the next connection's swap puts that one's in place.
        this.#liveSettings ??= await this.#readSettings();
        this.#live = undefined;
        if (this.#liveSettings.length > 0) {
          await this.#resetAll();
          this.#liveSettings = NO_SETTINGS;
        }
      }
      // Its currval and lastval stay in the engine session: gone once no open connection may have its own.
      if (
        this.#sequenceUsers.size > 0 &&
        [...this.#sequenceUsers].every((user) => !this.#connected.has(user))
      ) {
        await this.#check(this.engine.run({ text: 'DISCARD SEQUENCES' }));
        this.#sequenceUsers.clear();
      }
    });
  }

  /** Frees an advisory lock as many times as it was taken, by its pg_locks identity. */
  async #unlockAll(entry: string): Promise<void> {
    const [classid = 0n, objid = 0n, objsubid = 1n] = entry
      .split(':')
      .slice(0, 3)
      .map((part) => BigInt(part));
    // A shared lock is freed by the shared unlock only.
    const unlock = entry.endsWith(':ShareLock') ? 'pg_advisory_unlock_shared' : 'pg_advisory_unlock';
    // A bigint key is classid:objid (objsubid 1); a pair of int4 keys is one each (objsubid 2).
    const request: EngineRequest =
      objsubid === 1n
        ? {
            text: `SELECT ${unlock}($1::bigint)`,
            params: [BigInt.asIntN(64, (classid << 32n) | objid).toString()],
          }
        : {
            text: `SELECT ${unlock}($1::int, $2::int)`,
            params: [BigInt.asIntN(32, classid).toString(), BigInt.asIntN(32, objid).toString()],
          };
    for (let freed = true; freed; ) {
      const reply = await this.#check(this.engine.run(request));
      freed = reply.results[0]?.rows[0]?.[0] === 't';
    }
  }

  snapshot(): Promise<void> {
    return this.engine.snapshot();
  }

  /**
   * Back to the recorded state. The engine's reset ends the one session's state (DISCARD ALL): each
   * open connection is back to its startup settings, without advisory locks or temporary tables,
   * and still listening where it listened.
   */
  reset(): Promise<void> {
    return this.#queue(async (before) => {
      await before();
      // The engine's reset needs the engine's own (superuser) authorization, not a connection's role.
      await this.#defaultAuthorizationBack();
      await this.engine.reset();
      this.#sequenceUsers.clear();
      this.#sequencesLost.clear();
      // Open connections keep what they started with, as a server's would.
      this.#saved.clear();
      for (const [session, startup] of this.#startup) this.#saved.set(session, startup);
      this.#objects.clear();
      // A connection listening across tests (a service's subscriber) keeps listening.
      await this.#listenAgain();
      this.#advisory.clear();
      this.#customSetBy.clear();
      for (const [session, startup] of this.#startup) this.#startupCustom(session, startup);
      this.#live = undefined;
      this.#handedTo = undefined;
      this.#liveSettings = NO_SETTINGS;
    });
  }

  /**
   * Waits for the work queued so far, then stops touching the engine for sessions that end later:
   * for a caller about to hand the engine to someone else (its reset or its next user frees all).
   */
  async settle(): Promise<void> {
    this.#settled = true;
    await this.#barrier;
    await Promise.allSettled([...this.#inFlight]);
  }

  async close(): Promise<void> {
    await this.settle();
    await this.engine.close();
  }
}

/** The custom settings (names with a dot) a statement sets by a literal name or a parameter, lower-cased. */
function customNamesSet(text: string, params: readonly (string | null)[] = []): string[] {
  const names: string[] = [];
  for (const pattern of SETS_CUSTOM) {
    for (const match of text.matchAll(pattern)) if (match[1]) names.push(match[1].toLowerCase());
  }
  for (const match of text.matchAll(SETS_CUSTOM_PARAMETER)) {
    const name = params[Number(match[1]) - 1];
    if (name && CUSTOM_NAME.test(name)) names.push(name.toLowerCase());
  }
  return names;
}

/** A function body's statements, each without the PL/pgSQL words that may open it (BEGIN, THEN, ...). */
function bodyStatements(source: string): string[] {
  return source
    .split(';')
    .map((statement) =>
      statement.replace(/^\s*(?:(?:begin|then|else|loop|declare|end\s+if|end\s+loop)\b\s*)*/i, ''),
    );
}

/** Whether a function body may set a setting: set_config, or a statement that is SET or RESET (UPDATE's SET is not). */
function bodySetsSettings(source: string): boolean {
  return (
    /\bset_config\b/i.test(source) ||
    bodyStatements(source).some((statement) => /^(set|reset)\b/i.test(statement))
  );
}

/** A duration setting as pg sends it (ms, or with a unit), in ms; 0 when not one. */
function durationMs(value: string): number {
  const match = /^\s*(\d+)\s*(ms|s|min|h)?\s*$/i.exec(value);
  if (!match) return 0;
  const scale = { ms: 1, s: 1000, min: 60_000, h: 3_600_000 }[(match[2] ?? 'ms').toLowerCase()] ?? 1;
  return Number(match[1]) * scale;
}

/** Whether a RESET or DISCARD statement resets the custom setting `name` (RESET ALL, DISCARD ALL, RESET name). */
function resetsCustom(text: string, name: string): boolean {
  if (/(^|;)\s*(reset\s+all|discard\s+all)\b/i.test(text)) return true;
  const lower = name.toLowerCase();
  return [...text.matchAll(/(?:^|;)\s*reset\s+("[^"]+"|[\w$.]+)/gi)].some(
    ([, target = '']) => target.replaceAll('"', '').toLowerCase() === lower,
  );
}

/** An error the fake raised through a DO block, without the DO block's context (`where`), which is the fake's. */
function raised(reply: EngineReply): EngineReply {
  if (!reply.error) return reply;
  const { where: _where, ...error } = reply.error;
  return { ...reply, error };
}
