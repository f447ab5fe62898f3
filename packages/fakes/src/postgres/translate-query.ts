/**
 * The ONE place where the fake rewrites SQL before pg-mem sees it. Each rule drops a clause
 * pg-mem cannot parse whose effect the fake's own semantics already give; the adapter's SQL is
 * never changed for the fake.
 *
 * - `FOR UPDATE SKIP LOCKED` / `FOR UPDATE NOWAIT` → `FOR UPDATE`: transactions run one at a
 *   time, so no row is ever locked by someone else; skipping or not waiting changes nothing.
 */
const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bFOR\s+(NO\s+KEY\s+)?UPDATE\s+(SKIP\s+LOCKED|NOWAIT)\b/gi, 'FOR UPDATE'],
];

/** The query text pg-mem can run, with the same effect under the fake's one-transaction-at-a-time rule. */
export function translateQuery(text: string): string {
  let translated = text;
  for (const [pattern, replacement] of RULES) translated = translated.replace(pattern, replacement);
  return translated;
}
