import type { PostgresErrorFields } from '../postgres-engine.js';
import { type SqlToken, tokenize } from '../sql-tokens.js';

/**
 * `ALTER DOMAIN d ADD [CONSTRAINT c] <table constraint>` as PostgreSQL 15 reports it. 15's grammar
 * took any table constraint there (`ALTER DOMAIN any_name ADD TableConstraint`) and refused a
 * unique, primary key, foreign key or exclusion one when running the command ("... constraints not
 * possible for domains", no position); 16+ takes only CHECK and NOT NULL, so PGlite reports a
 * syntax error at the constraint's first word. 15's own syntax errors inside such a constraint
 * (`PRIMARY KEY` with no columns, a stray word after it) are where 15's grammar finds them, and the
 * constraint attributes 15 refused while parsing (NOT VALID, NO INHERIT on a key) are its errors.
 */

type Kind = 'unique' | 'primary key' | 'foreign key' | 'exclusion';

/** How 15 names the kind in its attribute errors (processCASbits). */
const ATTRIBUTE_NAME: Readonly<Record<Kind, string>> = {
  unique: 'UNIQUE',
  'primary key': 'PRIMARY KEY',
  'foreign key': 'FOREIGN KEY',
  exclusion: 'EXCLUDE',
};

/** 16+'s syntax error at a table constraint's first word (the ones ALTER DOMAIN no longer takes). */
const SYNTAX_AT_CONSTRAINT = /^syntax error at or near "(UNIQUE|PRIMARY|FOREIGN|EXCLUDE)"$/i;

/** A parse step: the index after what it read, or the index of the token 15's grammar stops at. */
type Step = { readonly next: number } | { readonly stop: number };

class ConstraintReader {
  /** Attributes read (ConstraintAttributeSpec), for the errors 15 raised on them while parsing. */
  readonly attributes = new Set<string>();

  constructor(
    private readonly tokens: readonly SqlToken[],
    /** The index of the statement's end (its `;`, or the text's end). */
    private readonly end: number,
  ) {}

  word(at: number, ...words: string[]): boolean {
    const token = this.tokens[at];
    return at < this.end && token?.kind === 'word' && words.includes(token.value);
  }

  punct(at: number, value: string): boolean {
    const token = this.tokens[at];
    return at < this.end && token?.kind === 'punct' && token.value === value;
  }

  name(at: number): boolean {
    const token = this.tokens[at];
    return at < this.end && (token?.kind === 'word' || token?.kind === 'quoted');
  }

  /** `name [. name ...]` */
  qualifiedName(at: number): Step {
    if (!this.name(at)) return { stop: at };
    let next = at + 1;
    while (this.punct(next, '.') && this.name(next + 1)) next += 2;
    return { next };
  }

  /** `( name [, name ...] )` */
  columnList(at: number): Step {
    if (!this.punct(at, '(')) return { stop: at };
    let next = at + 1;
    for (;;) {
      if (!this.name(next)) return { stop: next };
      next += 1;
      if (this.punct(next, ')')) return { next: next + 1 };
      if (!this.punct(next, ',')) return { stop: next };
      next += 1;
    }
  }

  /** A parenthesised list taken whole (15 reads expressions and options inside): to its `)`. */
  balanced(at: number): Step {
    if (!this.punct(at, '(')) return { stop: at };
    let depth = 0;
    for (let next = at; next < this.end; next += 1) {
      if (this.punct(next, '(')) depth += 1;
      else if (this.punct(next, ')')) {
        depth -= 1;
        if (depth === 0) return next === at + 1 ? { stop: next } : { next: next + 1 };
      }
    }
    return { stop: this.end };
  }

  /** `opt_c_include opt_definition OptConsTableSpace` */
  indexParameters(at: number): Step {
    let next = at;
    if (this.word(next, 'include')) {
      const list = this.columnList(next + 1);
      if ('stop' in list) return list;
      next = list.next;
    }
    if (this.word(next, 'with')) {
      const options = this.balanced(next + 1);
      if ('stop' in options) return options;
      next = options.next;
    }
    if (this.word(next, 'using')) {
      if (!this.word(next + 1, 'index')) return { stop: next + 1 };
      if (!this.word(next + 2, 'tablespace')) return { stop: next + 2 };
      if (!this.name(next + 3)) return { stop: next + 3 };
      next += 4;
    }
    return { next };
  }

  /** `ConstraintAttributeSpec`: any sequence of the attributes. */
  attributeSpec(at: number): Step {
    let next = at;
    for (;;) {
      if (this.word(next, 'deferrable')) {
        this.attributes.add('deferrable');
        next += 1;
      } else if (this.word(next, 'not') && this.word(next + 1, 'deferrable', 'valid')) {
        this.attributes.add(`not ${this.tokens[next + 1]?.value}`);
        next += 2;
      } else if (this.word(next, 'initially') && this.word(next + 1, 'deferred', 'immediate')) {
        this.attributes.add(`initially ${this.tokens[next + 1]?.value}`);
        next += 2;
      } else if (this.word(next, 'no') && this.word(next + 1, 'inherit')) {
        this.attributes.add('no inherit');
        next += 2;
      } else if (this.word(next, 'not', 'initially', 'no')) {
        return { stop: next + 1 };
      } else return { next };
    }
  }

  /** The key's columns or `USING INDEX name`, then what may follow either. */
  keyBody(at: number): Step {
    if (this.word(at, 'using')) {
      if (!this.word(at + 1, 'index')) return { stop: at + 1 };
      if (!this.name(at + 2)) return { stop: at + 2 };
      return this.attributeSpec(at + 3);
    }
    const columns = this.columnList(at);
    if ('stop' in columns) return columns;
    const parameters = this.indexParameters(columns.next);
    return 'stop' in parameters ? parameters : this.attributeSpec(parameters.next);
  }

  foreignKey(at: number): Step {
    const columns = this.columnList(at);
    if ('stop' in columns) return columns;
    if (!this.word(columns.next, 'references')) return { stop: columns.next };
    const table = this.qualifiedName(columns.next + 1);
    if ('stop' in table) return table;
    let next = table.next;
    if (this.punct(next, '(')) {
      const referenced = this.columnList(next);
      if ('stop' in referenced) return referenced;
      next = referenced.next;
    }
    if (this.word(next, 'match')) {
      if (!this.word(next + 1, 'full', 'partial', 'simple')) return { stop: next + 1 };
      next += 2;
    }
    while (this.word(next, 'on')) {
      if (!this.word(next + 1, 'update', 'delete')) return { stop: next + 1 };
      const action = next + 2;
      if (this.word(action, 'restrict', 'cascade')) next = action + 1;
      else if (this.word(action, 'no')) {
        if (!this.word(action + 1, 'action')) return { stop: action + 1 };
        next = action + 2;
      } else if (this.word(action, 'set')) {
        if (!this.word(action + 1, 'null', 'default')) return { stop: action + 1 };
        next = action + 2;
        if (this.punct(next, '(')) {
          const set = this.columnList(next);
          if ('stop' in set) return set;
          next = set.next;
        }
      } else return { stop: action };
    }
    return this.attributeSpec(next);
  }

  exclusion(at: number): Step {
    let next = at;
    if (this.word(next, 'using')) {
      if (!this.name(next + 1)) return { stop: next + 1 };
      next += 2;
    }
    const elements = this.balanced(next);
    if ('stop' in elements) return elements;
    const parameters = this.indexParameters(elements.next);
    if ('stop' in parameters) return parameters;
    next = parameters.next;
    if (this.word(next, 'where')) {
      const predicate = this.balanced(next + 1);
      if ('stop' in predicate) return predicate;
      next = predicate.next;
    }
    return this.attributeSpec(next);
  }
}

/** 15's report of the text's `ALTER DOMAIN ... ADD <table constraint>`, or undefined for another error. */
export function domainTableConstraintError(
  error: PostgresErrorFields,
  text: string,
): PostgresErrorFields | undefined {
  if (error.code !== '42601' || !SYNTAX_AT_CONSTRAINT.test(error.message)) return undefined;
  // Found by its shape, not the position: that points into the text PGlite ran, which the dialect
  // may have rewritten.
  const tokens = tokenize(text);
  for (let start = 0; start < tokens.length; ) {
    let end = start;
    while (end < tokens.length && !(tokens[end]?.kind === 'punct' && tokens[end]?.value === ';')) end += 1;
    const report = statementReport(error, text, tokens, start, end);
    if (report) return report;
    start = end + 1;
  }
  return undefined;
}

function statementReport(
  error: PostgresErrorFields,
  text: string,
  tokens: readonly SqlToken[],
  start: number,
  end: number,
): PostgresErrorFields | undefined {
  const reader = new ConstraintReader(tokens, end);
  if (!reader.word(start, 'alter') || !reader.word(start + 1, 'domain')) return undefined;
  const domain = reader.qualifiedName(start + 2);
  if ('stop' in domain || !reader.word(domain.next, 'add')) return undefined;
  let at = domain.next + 1;
  if (reader.word(at, 'constraint')) {
    if (!reader.name(at + 1)) return undefined;
    at += 2;
  }
  let kind: Kind;
  let step: Step;
  if (reader.word(at, 'unique')) {
    kind = 'unique';
    let body = at + 1;
    if (reader.word(body, 'nulls')) {
      body += reader.word(body + 1, 'not') ? 2 : 1;
      if (!reader.word(body, 'distinct')) return syntaxError(error, text, tokens, body, end);
      body += 1;
    }
    step = reader.keyBody(body);
  } else if (reader.word(at, 'primary')) {
    kind = 'primary key';
    step = reader.word(at + 1, 'key') ? reader.keyBody(at + 2) : { stop: at + 1 };
  } else if (reader.word(at, 'foreign')) {
    kind = 'foreign key';
    step = reader.word(at + 1, 'key') ? reader.foreignKey(at + 2) : { stop: at + 1 };
  } else if (reader.word(at, 'exclude')) {
    kind = 'exclusion';
    step = reader.exclusion(at + 1);
  } else return undefined;
  if ('stop' in step) return syntaxError(error, text, tokens, step.stop, end);
  if (step.next < end) return syntaxError(error, text, tokens, step.next, end);
  return attributeError(error, kind, reader.attributes) ?? notPossible(error, kind);
}

function withoutPosition(error: PostgresErrorFields): PostgresErrorFields {
  const { position: _position, ...without } = error;
  return without;
}

function notPossible(error: PostgresErrorFields, kind: Kind): PostgresErrorFields {
  return { ...withoutPosition(error), message: `${kind} constraints not possible for domains` };
}

/** 15's parse-time refusals of the attributes a kind cannot have, and of ones that conflict. */
function attributeError(
  error: PostgresErrorFields,
  kind: Kind,
  attributes: ReadonlySet<string>,
): PostgresErrorFields | undefined {
  const name = ATTRIBUTE_NAME[kind];
  const refused = (message: string): PostgresErrorFields => ({
    ...withoutPosition(error),
    code: '0A000',
    message,
  });
  if (attributes.has('deferrable') && attributes.has('not deferrable')) return conflict(error);
  if (attributes.has('initially deferred') && attributes.has('initially immediate')) return conflict(error);
  if (attributes.has('initially deferred') && attributes.has('not deferrable')) return conflict(error);
  if (kind !== 'foreign key' && attributes.has('not valid'))
    return refused(`${name} constraints cannot be marked NOT VALID`);
  if (attributes.has('no inherit')) return refused(`${name} constraints cannot be marked NO INHERIT`);
  return undefined;
}

/** Conflicting or repeated attributes: 15 locates these, which this report cannot: a loud refusal. */
function conflict(error: PostgresErrorFields): PostgresErrorFields {
  return {
    severity: error.severity,
    code: '0A000',
    message:
      'ALTER DOMAIN ... ADD of a key, foreign key or exclusion constraint with conflicting attributes: PostgreSQL 15 reports where they conflict, PGlite (PostgreSQL 18) refuses the constraint itself, so the fake cannot answer as 15 does: run this test on the real server',
  };
}

function syntaxError(
  error: PostgresErrorFields,
  text: string,
  tokens: readonly SqlToken[],
  at: number,
  end: number,
): PostgresErrorFields {
  const token = tokens[at];
  // Past the statement's last token is its `;` when it has one, else the end of the input.
  if (token === undefined || at > end) {
    return { ...error, message: 'syntax error at end of input', position: String(text.length + 1) };
  }
  return {
    ...error,
    message: `syntax error at or near "${text.slice(token.start, token.end)}"`,
    position: String(token.start + 1),
  };
}
