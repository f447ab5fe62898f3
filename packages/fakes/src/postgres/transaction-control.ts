import { pgError, refuse } from './pg-mem/refusal.js';
import { blockCommentEnd } from './sql-tokens.js';

export type IsolationLevel = 'serializable' | 'repeatable read' | 'read committed' | 'read uncommitted';

/** One item of BEGIN's transaction_mode list, applied in order as PostgreSQL applies them. */
export type TransactionMode =
  | { readonly kind: 'isolation'; readonly level: IsolationLevel }
  | { readonly kind: 'read only' }
  | { readonly kind: 'read write' }
  | { readonly kind: 'deferrable' };

/** What a statement does to the transaction, if anything. */
export type TransactionControl =
  | {
      readonly kind: 'begin';
      readonly tag: 'BEGIN' | 'START TRANSACTION';
      readonly modes: readonly TransactionMode[];
    }
  | { readonly kind: 'commit' | 'rollback' }
  | undefined;

interface Token {
  readonly text: string;
  /** Upper case for a bare word (a keyword or an unquoted name); undefined for anything else. */
  readonly word?: string;
  /** 1-based character offset in the statement text, as PostgreSQL reports it. */
  readonly position: number;
}

/** PostgreSQL's lexer, as far as these statements need it: words, quoted names, strings, comments. */
function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const rest = text.slice(at);
    const space = /^\s+/.exec(rest) ?? /^--[^\n\r]*/.exec(rest);
    if (space) {
      at += space[0].length;
      continue;
    }
    if (rest.startsWith('/*')) {
      const end = blockCommentEnd(text, at);
      if (end === undefined) return undefined;
      at = end;
      continue;
    }
    const match =
      /^[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]*/.exec(rest) ??
      /^"(?:[^"]|"")*"/.exec(rest) ??
      /^'(?:[^']|'')*'/.exec(rest) ??
      /^\d+/.exec(rest) ??
      (/^["']/.test(rest) ? undefined : /^[\s\S]/.exec(rest));
    if (!match) return undefined;
    const word = /^[A-Za-z_\u0080-\uffff]/.test(match[0]) ? match[0].toUpperCase() : undefined;
    tokens.push({ text: match[0], ...(word !== undefined && { word }), position: at + 1 });
    at += match[0].length;
  }
  return tokens;
}

const FIRST_WORDS = new Set(['BEGIN', 'START', 'COMMIT', 'END', 'ROLLBACK', 'ABORT', 'PREPARE']);

/** Reads one transaction statement by PostgreSQL's grammar (gram.y TransactionStmt, TransactionStmtLegacy). */
class TransactionStatementReader {
  #index = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly end: number,
  ) {}

  next(): Token | undefined {
    return this.tokens[this.#index];
  }

  /** Consumes the next token when it is one of `words`, and returns that word. */
  accept(...words: string[]): string | undefined {
    const word = this.next()?.word;
    if (word === undefined || !words.includes(word)) return undefined;
    this.#index += 1;
    return word;
  }

  expect(...words: string[]): string {
    const word = this.accept(...words);
    if (word === undefined) throw this.syntaxError();
    return word;
  }

  finish(): void {
    if (this.next()) throw this.syntaxError();
  }

  /** 42601 at the next token, as PostgreSQL reports it (the statement then fails like any other). */
  syntaxError(): Error {
    const token = this.next();
    return token
      ? pgError('42601', `syntax error at or near "${token.text}"`, { position: String(token.position) })
      : pgError('42601', 'syntax error at end of input', { position: String(this.end) });
  }

  /** opt_transaction: WORK | TRANSACTION | nothing. */
  optionalTransaction(): void {
    this.accept('WORK', 'TRANSACTION');
  }

  /** opt_transaction_chain: AND CHAIN is refused, AND NO CHAIN is the plain form. */
  chain(statement: string): void {
    if (!this.accept('AND')) return;
    if (this.accept('NO')) {
      this.expect('CHAIN');
      return;
    }
    this.expect('CHAIN');
    this.finish();
    // AND CHAIN starts a new transaction at once, with the same characteristics; the engine's
    // transaction state has no such step.
    throw refuse(`${statement} AND CHAIN`);
  }

  /** transaction_mode_list_or_empty: items separated by commas or by nothing. */
  modes(): TransactionMode[] {
    const modes: TransactionMode[] = [];
    while (this.next()) {
      if (modes.length > 0 && this.next()?.text === ',') this.#index += 1;
      modes.push(this.mode());
    }
    return modes;
  }

  mode(): TransactionMode {
    switch (this.expect('ISOLATION', 'READ', 'DEFERRABLE', 'NOT')) {
      case 'ISOLATION': {
        this.expect('LEVEL');
        const level = this.expect('SERIALIZABLE', 'REPEATABLE', 'READ');
        if (level === 'SERIALIZABLE') return { kind: 'isolation', level: 'serializable' };
        if (level === 'REPEATABLE') {
          this.expect('READ');
          return { kind: 'isolation', level: 'repeatable read' };
        }
        const read = this.expect('COMMITTED', 'UNCOMMITTED');
        return { kind: 'isolation', level: read === 'COMMITTED' ? 'read committed' : 'read uncommitted' };
      }
      case 'READ':
        return this.expect('ONLY', 'WRITE') === 'ONLY' ? { kind: 'read only' } : { kind: 'read write' };
      case 'NOT':
        this.expect('DEFERRABLE');
        return { kind: 'deferrable' };
      default:
        return { kind: 'deferrable' };
    }
  }
}

/**
 * Classifies a statement sent on its own (as pg sends `BEGIN` / `COMMIT` / `ROLLBACK`) by
 * PostgreSQL's grammar: a statement that starts with one of these keywords and does not follow it
 * fails with PostgreSQL's 42601; the two-phase commit forms are refused. Savepoint statements are
 * read by `savepointCommand` first; a ROLLBACK ... TO that reaches here is left to the parser.
 */
export function transactionControl(text: string): TransactionControl {
  const all = tokenize(text);
  if (!all) return undefined;
  let count = all.length;
  while (count > 0 && all[count - 1]?.text === ';') count -= 1;
  const tokens = all.slice(0, count);
  // Several statements in one string: pgsql-ast-parser reads them as a whole.
  if (tokens.some((token) => token.text === ';')) return undefined;
  const first = tokens[0]?.word;
  if (first === undefined || !FIRST_WORDS.has(first)) return undefined;
  const last = tokens[tokens.length - 1];
  const reader = new TransactionStatementReader(tokens, last ? last.position + last.text.length : 1);
  reader.accept(first);
  switch (first) {
    case 'PREPARE':
      if (reader.accept('TRANSACTION')) throw refuse('PREPARE TRANSACTION (two-phase commit)');
      return undefined;
    case 'BEGIN':
    case 'START': {
      if (first === 'START') reader.expect('TRANSACTION');
      else reader.optionalTransaction();
      const modes = reader.modes();
      return { kind: 'begin', tag: first === 'START' ? 'START TRANSACTION' : 'BEGIN', modes };
    }
    case 'COMMIT':
    case 'ROLLBACK':
      if (reader.accept('PREPARED')) throw refuse(`${first} PREPARED (two-phase commit)`);
      break;
    default:
      break;
  }
  reader.optionalTransaction();
  if (first === 'ROLLBACK' && reader.next()?.word === 'TO') return undefined;
  reader.chain(first);
  reader.finish();
  return { kind: first === 'COMMIT' || first === 'END' ? 'commit' : 'rollback' };
}
