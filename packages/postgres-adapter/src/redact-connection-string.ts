const REDACTED = '***';
const SECRET_PARAMS = /^(password|sslpassword|sslkey|passfile)$/i;

/**
 * The connection string with its password (URL or `key=value` form) and secret query parameters
 * replaced by `***`, safe for errors and logs.
 *
 * @example
 * redactConnectionString('postgres://app:s3cret@db:5432/shop'); // 'postgres://app:***@db:5432/shop'
 */
export function redactConnectionString(connectionString: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(connectionString)) return redactUrl(connectionString);
  return connectionString.replace(
    /(\b(?:password|sslpassword)\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)/gi,
    `$1${REDACTED}`,
  );
}

function redactUrl(connectionString: string): string {
  let url: URL;
  try {
    url = new URL(connectionString);
  } catch {
    // Unparseable: still hide anything between `user:` and `@`.
    return connectionString.replace(/\/\/([^:/@]*):[^@]*@/, `//$1:${REDACTED}@`);
  }
  if (url.password) url.password = REDACTED;
  for (const key of [...url.searchParams.keys()]) {
    if (SECRET_PARAMS.test(key)) url.searchParams.set(key, REDACTED);
  }
  return url.toString();
}
