const SAFE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * A database name made by testenv, quoted for DDL (which takes no parameters). Only names of our own
 * making pass: anything else is a bug, refused rather than escaped.
 */
export function quoteDatabaseName(name: string): string {
  if (!SAFE_NAME.test(name)) throw new Error(`refusing unsafe database name ${JSON.stringify(name)}`);
  return `"${name}"`;
}

/** The same server URL, pointed at another database. */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

const SAFE_COMMENT = /^[\w .,:-]*$/;

/** `COMMENT ON DATABASE` (a utility statement: no parameters) for a comment of testenv's own wording. */
export function commentStatement(database: string, comment: string): string {
  if (!SAFE_COMMENT.test(comment)) throw new Error(`refusing unsafe comment ${JSON.stringify(comment)}`);
  return `COMMENT ON DATABASE ${quoteDatabaseName(database)} IS '${comment}'`;
}
