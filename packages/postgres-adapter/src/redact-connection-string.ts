import { REDACTED, redactUrl } from '@seams/ports';

/**
 * The connection string safe for errors and logs: the URL form through `@seams/ports`' `redactUrl`
 * (password and secret query parameters become `***`; an unparsable URL becomes `<unparsable URL>`),
 * and libpq's `key=value` form, which is no URL, with its `password=` and `sslpassword=` values hidden.
 *
 * @example
 * redactConnectionString('postgres://app:s3cret@db:5432/shop'); // 'postgres://app:***@db:5432/shop'
 * redactConnectionString('host=db password=s3cret'); // 'host=db password=***'
 */
export function redactConnectionString(connectionString: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(connectionString)) return redactUrl(connectionString);
  return connectionString.replace(
    /(\b(?:password|sslpassword)\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)/gi,
    `$1${REDACTED}`,
  );
}
