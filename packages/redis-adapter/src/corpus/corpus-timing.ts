/**
 * The corpus's time scale, the same numbers on both sides: milliseconds of real time on Redis and of
 * `FakeClock` time on the fake. Short, so the expiry cases wait well under a second each, and long
 * enough that a busy machine's few milliseconds per command stay far from every boundary a case
 * waits next to (cases wait 0.3 or 0.7 of a period, never the period itself without the margin).
 */
export const CORPUS_LEASE_MS = 400;

/** A short TTL for the expiry cases; `HOUR` everywhere else so nothing expires by accident. */
export const CORPUS_TTL_MS = 400;

export const HOUR = 3_600_000;

/** Added to every real wait: Redis rounds expiry to its own clock and a busy machine runs late. */
export const REAL_MARGIN_MS = 60;
