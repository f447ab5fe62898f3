/**
 * session_authorization as a server keeps it. A backend sets it from the connecting user when it
 * starts, as the setting's reset value; PGlite's single-user backend never does, so it is unset
 * (NULL) until some statement sets it. Setting the session user back to an unset value does
 * nothing: a `SET SESSION AUTHORIZATION` in a transaction rolled back (or a SET LOCAL one at its
 * end) kept the role, as RESET SESSION AUTHORIZATION, SET SESSION AUTHORIZATION DEFAULT and
 * DISCARD ALL did. The engine sets it to its own user before its first statement and again after
 * each of those resets, at session level: a transaction then has the user to go back to.
 */

/** Sets the engine session's authorization to the user named, as its session value. */
export function keepSessionAuthorization(user: string): string {
  return `SELECT pg_catalog.set_config('session_authorization', '${user.replaceAll("'", "''")}', false)`;
}

/** Sets it to the user the engine session started as (the first time), answering that name. */
export const FIRST_SESSION_AUTHORIZATION =
  "SELECT pg_catalog.set_config('session_authorization', session_user, false) AS authorization";

// A statement beginning the text or following a `;`: what a DO block or a function body spells is
// not one (a function cannot run them anyway: DISCARD ALL refuses a transaction block).
const RESETS =
  /(?:^|;)\s*(?:discard\s+all|reset\s+(?:session\s+authorization|session_authorization)|set\s+(?:session\s+)?session\s+authorization\s+default|set\s+(?:session\s+)?session_authorization\s*(?:to|=)\s*default)\s*(?:;|$)/i;

/** Whether the text runs a statement that leaves session_authorization unset on PGlite. */
export function resetsSessionAuthorization(text: string): boolean {
  return RESETS.test(text);
}
