/**
 * Objects PostgreSQL keeps per session that one engine session would share between connections:
 * temporary tables, prepared statements (SQL `PREPARE`), cursors kept past their transaction (`WITH
 * HOLD`). Each is known by its unquoted name from the statement that made it; another connection's
 * statement that names it (or makes one of the same name, which PostgreSQL would allow) is refused.
 */
interface ObjectKind {
  /** How a refusal names it: `temporary table`, `prepared statement`, `cursor`. */
  readonly noun: string;
  /** Statements that make one; group 1 is the name. */
  readonly made: RegExp;
  /** Statements that drop one; group 1 is the name or ALL. */
  readonly dropped?: RegExp;
  /** Whether a statement refers to `name` (a word of its text, or a use of the name). */
  readonly uses: (text: string, words: ReadonlySet<string>, name: string) => boolean;
  /** What frees it when its connection ends. The name is a plain identifier. */
  readonly free: (name: string) => string;
}

/** A name of letters, digits, _ and $, for a pattern: `$` is the only character to escape. */
const escaped = (name: string): string => name.replaceAll('$', '\\$');

const KINDS: readonly ObjectKind[] = [
  {
    noun: 'temporary table',
    made: /(?:^|;)\s*create\s+(?:global\s+|local\s+)?temp(?:orary)?\s+table\s+(?:if\s+not\s+exists\s+)?([a-z_][\w$]*)/gi,
    uses: (_text, words, name) => words.has(name),
    free: (name) => `DROP TABLE IF EXISTS pg_temp.${name}`,
  },
  {
    noun: 'prepared statement',
    made: /(?:^|;)\s*prepare\s+(?!transaction\b)([a-z_][\w$]*)/gi,
    dropped: /(?:^|;)\s*deallocate\s+(?:prepare\s+)?([a-z_][\w$]*)/gi,
    uses: (text, _words, name) =>
      new RegExp(
        `(?:^|;)\\s*(?:execute|deallocate(?:\\s+prepare)?|prepare)\\s+${escaped(name)}\\b`,
        'i',
      ).test(text),
    free: (name) => `DEALLOCATE ${name}`,
  },
  {
    noun: 'cursor',
    made: /(?:^|;)\s*declare\s+([a-z_][\w$]*)\s[^;]*\bwith\s+hold\b/gi,
    dropped: /(?:^|;)\s*close\s+([a-z_][\w$]*)/gi,
    uses: (text, _words, name) =>
      new RegExp(`(?:^|;)\\s*(?:fetch|move|close|declare)\\b[^;]*\\b${escaped(name)}\\b`, 'i').test(text),
    free: (name) => `CLOSE ${name}`,
  },
];

/** Statements that may make, drop or use any of them: the rest cost nothing. */
const MENTIONS = /\btemp|prepare|deallocate|execute|declare|fetch|move|close/i;

export class SessionObjects {
  /** kind index → session → names. */
  readonly #owned = KINDS.map(() => new Map<number, Set<string>>());

  /** Another connection's object this statement would reach (or shadow): a reason to refuse it. */
  othersUsedBy(session: number, text: string): string | undefined {
    if (this.#owned.every((sessions) => sessions.size === 0)) return undefined;
    const words = new Set(text.toLowerCase().match(/[a-z_][\w$]*/g));
    for (const [index, kind] of KINDS.entries()) {
      for (const [owner, names] of this.#owned[index] ?? []) {
        if (owner === session) continue;
        for (const name of names) {
          if (kind.uses(text, words, name))
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
      for (const [, name = ''] of text.matchAll(kind.made)) mine.add(name.toLowerCase());
      for (const [, name = ''] of kind.dropped ? text.matchAll(kind.dropped) : []) {
        if (name.toLowerCase() === 'all') mine.clear();
        else mine.delete(name.toLowerCase());
      }
      if (mine.size > 0) sessions.set(session, mine);
      else sessions.delete(session);
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
