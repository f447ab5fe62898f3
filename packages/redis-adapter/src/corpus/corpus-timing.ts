/**
 * The corpus's time scale, the same numbers on both sides: milliseconds of real time on Redis and of
 * `FakeClock` time on the fake. Short, so the expiry cases wait about a second each, and long enough
 * that a busy machine's stalls stay far from every boundary a case waits next to (cases wait 0.3 or
 * 0.7 of a period, never the period itself without the margin; a check that must land before a
 * boundary waits on `CORPUS_WIDE_PERIOD_MS` instead). Was 400 ms: since CI's real pass runs beside
 * its CPU-bound first run, a stall of over 340 ms (load average 12 on 2 cores) carried a check past
 * a TTL of two such periods; every period is 2.5 times as long now (the waits too, which the first
 * run hides).
 */
export const CORPUS_LEASE_MS = 1_000;

/** A short TTL for the expiry cases; `HOUR` everywhere else so nothing expires by accident. */
export const CORPUS_TTL_MS = 1_000;

/**
 * The lease and TTL of the cases that look at a key shortly before it runs out. Within 400 ms such a
 * check had 60-240 ms of slack (a check at 0.7 of a period keeps 120 ms less the margin), and a loaded
 * CI machine's connections and script reloads can take that: the key then reads as run out. At
 * 1.2 s, with every such check at most 0.6 of a period past the write that set its deadline, each
 * kept at least 420 ms, and a CI real pass on 2 cores still lost one to a stall of more than 540 ms
 * (beside another shard's 512 MiB cases). At 2 s each kept at least 740 ms; at 5 s (with the
 * periods above scaled alike) about 1.9 s. Checks after a period
 * are not at risk (delays only push them later).
 */
export const CORPUS_WIDE_PERIOD_MS = 5_000;

export const HOUR = 3_600_000;

/** Added to every real wait: Redis rounds expiry to its own clock and a busy machine runs late. */
export const REAL_MARGIN_MS = 60;

/**
 * How late a run on Redis may fall behind its intended timeline (the waits and their margins)
 * without changing what any case answers: `corpus-slack.test.ts` proves every waiting case answers
 * the same with a stall this long at any one step. A run that fell further behind (CI once stalled
 * over a second between two calls, beside its CPU-bound first run) has not tested the case: the
 * real pass runs it again rather than report the server as changed (`replay-on-redis.ts`).
 */
export const CORPUS_STALL_TOLERANCE_MS = 250;

/**
 * How long one case may take on either side. Most take milliseconds; a few build and count texts of
 * hundreds of megabytes (the 512 MiB limit cases: about 3 s alone, 8.5 s beside the fakes' SQL
 * corpus on 2 cores, 33 s in a CI real pass there, over 90 s in a real pass beside CI's first run
 * at a load average of 20), which the test runner's default 5 s does not cover. A guard against a
 * hang, not a time target.
 */
export const CORPUS_CASE_TIMEOUT_MS = 240_000;
