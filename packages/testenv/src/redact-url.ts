/**
 * The URL with its password replaced by `***`, for logs and error messages.
 * Anything that does not parse as a URL is hidden whole rather than risk printing a secret.
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<unparsable URL>';
  }
}
