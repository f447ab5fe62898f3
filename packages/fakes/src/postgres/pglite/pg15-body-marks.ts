/**
 * What the fake adds to a PL/pgSQL body (pg15-plpgsql-handlers.ts) is enclosed in these comments,
 * so that the body as written is shown again (pg_proc.prosrc, pg_get_functiondef): every span from
 * a start to the next end is dropped. A module of its own: the catalog's statements use it too.
 */
export const ADDED_START = '/*<*/';
export const ADDED_END = '/*>*/';
/** The PostgreSQL regular expression of one added span (non-greedy: to the nearest end). */
export const ADDED_SPAN = String.raw`/\*<\*/.*?/\*>\*/`;

/** A body with the fake's additions dropped (as the catalog's regexp_replace does). */
export function withoutAddedSpans(body: string): string {
  return body.replace(/\/\*<\*\/.*?\/\*>\*\//gs, '');
}
