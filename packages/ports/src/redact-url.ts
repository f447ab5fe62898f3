/** What `redactUrl` puts where a secret was. */
export const REDACTED = '***';

/** What `redactUrl` returns for a string that is not a URL: nothing of the input, which may hold a secret. */
export const UNPARSABLE_URL = '<unparsable URL>';

// Query parameters whose values are credentials: libpq's `password`, `sslpassword`, `sslkey` and
// `passfile`, and the usual token and key names of HTTP APIs.
const SECRET_PARAMETER = /pass|secret|token|key|auth|signature|credential/i;

/**
 * The URL as it may appear in a log line or an error message: scheme, user name, host, port, path
 * and harmless query parameters are kept (they are what one needs to see which server was meant),
 * the password and the values of credential-like query parameters (`password`, `sslkey`, `token`,
 * `api_key`...) become `***`, and a fragment is dropped. The user name is kept on purpose: it names
 * an account, it does not open it, and "wrong user" is a common misconfiguration.
 *
 * Never throws: a string that does not parse as a URL (an empty one included) gives
 * `UNPARSABLE_URL`, so a malformed URL cannot leak its password through the fallback.
 *
 * @example
 * redactUrl('postgres://app:s3cret@db:5432/shop?sslmode=require'); // 'postgres://app:***@db:5432/shop?sslmode=require'
 * redactUrl('amqp://guest:s3cret@[bad'); // '<unparsable URL>'
 */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return UNPARSABLE_URL;
  }
  if (parsed.password) parsed.password = REDACTED;
  for (const name of new Set(parsed.searchParams.keys())) {
    if (SECRET_PARAMETER.test(name)) parsed.searchParams.set(name, REDACTED);
  }
  parsed.hash = '';
  return parsed.toString();
}
