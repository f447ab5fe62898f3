/**
 * Objects PostgreSQL keeps per session that one engine session would share between connections:
 * temporary tables, prepared statements (SQL `PREPARE`), cursors kept past their transaction (`WITH
 * HOLD`). Each is known by its name (plain names folded to lower case) from the statement that made it; another connection's
 * statement that names it (or makes one of the same name, which PostgreSQL would allow) is refused.
 */
interface ObjectKind {
  /** How a refusal names it: `temporary table`, `prepared statement`, `cursor`. */
  readonly noun: string;
  /** Statements that make one; group 1 is the name as written (plain or quoted). */
  readonly made: RegExp;
  /** Statements that drop one; group 1 is the name or ALL. */
  readonly dropped?: RegExp;
  /** Whether a statement refers to `name` (an identifier of its text, or a use of the name). */
  readonly uses: (text: string, identifiers: ReadonlySet<string>, name: string) => boolean;
  /** What frees it when its connection ends. */
  readonly free: (name: string) => string;
}

// A name as SQL writes it: plain (folded to lower case) or quoted ("" for a quote).
const NAME = '("(?:[^"]|"")+"|[a-z_][\\w$]*)';
const IDENTIFIERS = /"((?:[^"]|"")+)"|([a-z_][\w$]*)/gi;

/** The name a plain or quoted identifier stands for. */
const unquoted = (written: string): string =>
  written.startsWith('"') ? written.slice(1, -1).replaceAll('""', '"') : written.toLowerCase();

/** Every name a text mentions, plain ones folded to lower case. */
function identifiersOf(text: string): Set<string> {
  const names = new Set<string>();
  for (const [, quoted, plain] of text.matchAll(IDENTIFIERS)) {
    if (quoted !== undefined) names.add(quoted.replaceAll('""', '"'));
    else if (plain !== undefined) names.add(plain.toLowerCase());
  }
  return names;
}

/** A name for SQL: plain when it can be, else quoted with "" doubling. */
const sqlName = (name: string): string =>
  /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;

/** Whether a statement of `pattern`'s kind names `name` among its identifiers. */
const statementsName = (pattern: RegExp, text: string, name: string): boolean =>
  [...text.matchAll(pattern)].some(([statement]) => identifiersOf(statement).has(name));

// A temporary relation is made by CREATE TEMP ..., by CREATE ... pg_temp.name, or by SELECT ... INTO TEMP.
const temporary = (relation: string): RegExp =>
  new RegExp(
    `(?:(?:^|;)\\s*create\\s+(?:or\\s+replace\\s+)?(?:global\\s+|local\\s+)?temp(?:orary)?\\s+(?:recursive\\s+)?${relation}\\s+(?:if\\s+not\\s+exists\\s+)?|(?:^|;)\\s*create\\s+(?:or\\s+replace\\s+)?${relation}\\s+(?:if\\s+not\\s+exists\\s+)?pg_temp\\.${relation === 'table' ? '|\\binto\\s+temp(?:orary)?\\s+(?:table\\s+)?' : ''})${NAME}`,
    'gi',
  );

/** Temporary relations: another connection's statement that names one (as an identifier) is refused. */
const temporaryKind = (relation: 'table' | 'sequence' | 'view'): ObjectKind => ({
  noun: `temporary ${relation}`,
  made: temporary(relation),
  uses: (_text, identifiers, name) => identifiers.has(name),
  // CASCADE: what depends on a temporary relation is temporary too, and goes with the session.
  free: (name) => `DROP ${relation.toUpperCase()} IF EXISTS pg_temp.${sqlName(name)} CASCADE`,
});

/**
 * Functions and procedures made in pg_temp: PostgreSQL never looks them up unqualified, so every
 * use names `pg_temp.name`, which another connection's schema does not hold.
 */
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TEMPORARY_ROUTINE_USE = (name: string): RegExp => {
  const quoted = `"${escapeRegExp(name.replaceAll('"', '""'))}"`;
  const plain = /^[a-z_][a-z0-9_$]*$/.test(name) ? `|${escapeRegExp(name)}(?![\\w$])` : '';
  return new RegExp(`\\bpg_temp\\s*\\.\\s*(?:${quoted}${plain})`, 'i');
};

const temporaryRoutineKind: ObjectKind = {
  noun: 'temporary function',
  made: new RegExp(
    `(?:^|;)\\s*create\\s+(?:or\\s+replace\\s+)?(?:function|procedure)\\s+pg_temp\\s*\\.\\s*${NAME}`,
    'gi',
  ),
  dropped: new RegExp(
    `(?:^|;)\\s*drop\\s+(?:function|procedure|routine)\\s+(?:if\\s+exists\\s+)?pg_temp\\s*\\.\\s*${NAME}`,
    'gi',
  ),
  uses: (text, _identifiers, name) => TEMPORARY_ROUTINE_USE(name).test(text),
  // Every overload of the name, whatever its arguments: DROP FUNCTION by name alone fails on several.
  free: (name) =>
    `DO $seams$ DECLARE r regprocedure; BEGIN FOR r IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p WHERE p.pronamespace = pg_catalog.pg_my_temp_schema() AND p.proname = ${`'${name.replaceAll("'", "''")}'`} LOOP EXECUTE 'DROP ROUTINE IF EXISTS ' || r::text || ' CASCADE'; END LOOP; END $seams$`,
};

/** The kinds DISCARD TEMP drops. */
export const TEMPORARY_NOUNS = [
  'temporary table',
  'temporary sequence',
  'temporary view',
  'temporary function',
] as const;

const PREPARED_USES = new RegExp(
  `(?:^|;)\\s*(?:execute|deallocate(?:\\s+prepare)?|prepare)\\s+${NAME}`,
  'gi',
);
const CURSOR_USES = /(?:^|;)\s*(?:fetch|move|close|declare)\b[^;]*/gi;

const KINDS: readonly ObjectKind[] = [
  temporaryKind('table'),
  temporaryKind('sequence'),
  temporaryKind('view'),
  temporaryRoutineKind,
  {
    noun: 'prepared statement',
    made: new RegExp(`(?:^|;)\\s*prepare\\s+(?!transaction\\b)${NAME}`, 'gi'),
    dropped: new RegExp(`(?:^|;)\\s*deallocate\\s+(?:prepare\\s+)?${NAME}`, 'gi'),
    uses: (text, _identifiers, name) =>
      [...text.matchAll(PREPARED_USES)].some(([, written = '']) => unquoted(written) === name),
    free: (name) => `DEALLOCATE ${sqlName(name)}`,
  },
  {
    noun: 'cursor',
    made: new RegExp(`(?:^|;)\\s*declare\\s+${NAME}\\s[^;]*\\bwith\\s+hold\\b`, 'gi'),
    dropped: new RegExp(`(?:^|;)\\s*close\\s+${NAME}`, 'gi'),
    uses: (text, _identifiers, name) => statementsName(CURSOR_USES, text, name),
    free: (name) => `CLOSE ${sqlName(name)}`,
  },
];

/** Statements that may make, drop or use any of them: the rest cost nothing. */
const MENTIONS = /\btemp|pg_temp|prepare|deallocate|execute|declare|fetch|move|close/i;

/** Whether a statement may make, drop or use a temporary table, prepared statement or held cursor. */
export const mentionsSessionObjects = (text: string): boolean => MENTIONS.test(text);

// Views that list a session's objects: in one engine session, other connections' too.
const LISTINGS: readonly (readonly [RegExp, string])[] = [
  [/\bpg_prepared_statements\b/i, 'prepared statement'],
  [/\bpg_cursors\b/i, 'cursor'],
];

export class SessionObjects {
  /** kind index → session → names. */
  readonly #owned = KINDS.map(() => new Map<number, Set<string>>());

  /** Another connection's object this statement would reach (or shadow): a reason to refuse it. */
  othersUsedBy(session: number, text: string): string | undefined {
    if (this.#owned.every((sessions) => sessions.size === 0)) return undefined;
    for (const [view, noun] of LISTINGS) {
      if (view.test(text) && this.othersOwn(session, [noun]))
        return `another connection has a ${noun}, which ${view.source.slice(2, -2)} would list here and PostgreSQL would not`;
    }
    const identifiers = identifiersOf(text);
    for (const [index, kind] of KINDS.entries()) {
      for (const [owner, names] of this.#owned[index] ?? []) {
        if (owner === session) continue;
        for (const name of names) {
          if (kind.uses(text, identifiers, name))
            return `${name} is another connection's ${kind.noun}, which PostgreSQL keeps to that connection`;
        }
      }
    }
    return undefined;
  }

  /** After a statement succeeded: what it made and dropped for its connection. */
  record(session: number, text: string): void {
    if (!MENTIONS.test(text)) return;
    for (const [index, kind] of KINDS.entries()) {
      const sessions = this.#owned[index];
      if (!sessions) continue;
      const mine = sessions.get(session) ?? new Set<string>();
      for (const [, name = ''] of text.matchAll(kind.made)) mine.add(unquoted(name));
      for (const [, written = ''] of kind.dropped ? text.matchAll(kind.dropped) : []) {
        const name = unquoted(written);
        if (name === 'all') mine.clear();
        else mine.delete(name);
      }
      if (mine.size > 0) sessions.set(session, mine);
      else sessions.delete(session);
    }
  }

  /**
   * The session's temporary relations (`relname`, `relkind` from its temporary schema) that no
   * connection is known to own: made where the statement's text did not name them (a function,
   * a DO block), they are the session's that ran it.
   */
  claim(session: number, relations: readonly (readonly (string | null)[])[]): void {
    for (const [name, relkind] of relations) {
      const noun =
        relkind === 'S' ? 'temporary sequence' : relkind === 'v' ? 'temporary view' : 'temporary table';
      const sessions = this.#owned[KINDS.findIndex((kind) => kind.noun === noun)];
      if (name === null || name === undefined || !sessions) continue;
      if ([...sessions.values()].some((names) => names.has(name))) continue;
      sessions.set(session, (sessions.get(session) ?? new Set<string>()).add(name));
    }
  }

  /** Whether another connection owns an object of these kinds (`temporary table`, `prepared statement`, `cursor`). */
  othersOwn(session: number, nouns: readonly string[]): boolean {
    return KINDS.some(
      (kind, index) =>
        nouns.includes(kind.noun) &&
        [...(this.#owned[index] ?? [])].some(([owner, names]) => owner !== session && names.size > 0),
    );
  }

  /** Forgets a connection's objects of these kinds (a DISCARD or DEALLOCATE ALL dropped them). */
  forget(session: number, nouns: readonly string[]): void {
    for (const [index, kind] of KINDS.entries())
      if (nouns.includes(kind.noun)) this.#owned[index]?.delete(session);
  }

  /** What frees a connection's objects as it ends, and forgets them. */
  end(session: number): string[] {
    const statements: string[] = [];
    for (const [index, kind] of KINDS.entries()) {
      for (const name of this.#owned[index]?.get(session) ?? []) statements.push(kind.free(name));
      this.#owned[index]?.delete(session);
    }
    return statements;
  }

  clear(): void {
    for (const sessions of this.#owned) sessions.clear();
  }
}
