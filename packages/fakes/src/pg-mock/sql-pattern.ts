/**
 * A custom comparison, as go-sqlmock's `QueryMatcherFunc`: true when the SQL sent (`actualSql`)
 * satisfies the expectation's string (`expectedSql`). RegExp expectations stay regexes.
 */
export type SqlMatcherFn = (expectedSql: string, actualSql: string) => boolean;

/** How expected SQL strings are compared with what the code sends. */
export type SqlMatching = 'normalized' | 'exact' | 'regex' | SqlMatcherFn;

/** Runs of whitespace (newlines, indentation) become one space; leading and trailing are dropped. */
export function normalizeSql(sql: string): string {
  return sql.replace(/\s+/g, ' ').trim();
}

/** An expected statement: a string read by the mock's matching mode, or a RegExp (always a regex). */
export type SqlPattern = string | RegExp;

/** True when the sent SQL matches the pattern under `matching`. */
export function sqlMatches(pattern: SqlPattern, sql: string, matching: SqlMatching): boolean {
  if (pattern instanceof RegExp) return pattern.test(sql);
  if (typeof matching === 'function') return matching(pattern, sql);
  switch (matching) {
    case 'exact':
      return pattern === sql;
    case 'regex':
      return new RegExp(pattern).test(sql);
    case 'normalized':
      return normalizeSql(pattern) === normalizeSql(sql);
  }
}

/** The pattern as a failure message shows it. */
export function describePattern(pattern: SqlPattern, matching: SqlMatching): string {
  if (pattern instanceof RegExp) return String(pattern);
  return matching === 'regex' ? `/${pattern}/` : normalizeSql(pattern);
}

/** A diff is only meaningful against a literal statement, not a regex. */
export function isLiteral(pattern: SqlPattern, matching: SqlMatching): pattern is string {
  return typeof pattern === 'string' && matching !== 'regex';
}
