import { generatedCase } from '../generate.js';

/**
 * Round 27 (all names start `r27 generated seed`): scenarios of `generate.ts`'s seeded generator,
 * picked from its first 400 seeds so that together they cover every shape it makes: races of one
 * key over two and three workers recorded as tallies, ordered groups on one worker and over keys, a
 * worker on the prefix `k:` sharing `k:sub` with the first, stale, foreign and forged leases, empty
 * and absent holders, every kind of refused input beside valid calls, TTLs up to
 * Number.MAX_SAFE_INTEGER, responses past the digest threshold, and five that wait past leases and
 * TTLs (about 6 s of waiting on Redis in all); and four of its wide pools (seeds 3001-3400: keys of
 * NUL, CRLF, RESP text and past 1 MiB, fingerprints either side of 1 MiB, holders `null`,
 * `{ lease: undefined }` and a bare lease string). A case's steps are printed by `describeScenario`.
 */
const SEEDS = [
  1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 21, 22, 30, 55, 86, 153, 199, 207, 255, 281,
  333, 363,
] as const;

/** Seeds of the wide pools (`generate.ts`): byte keys, 1 MiB fingerprints, untyped holders. */
const WIDE_SEEDS = [3004, 3100, 3159, 3286] as const;

export const round27Cases = [
  ...SEEDS.map((seed) => generatedCase(seed)),
  ...WIDE_SEEDS.map((seed) => generatedCase(seed, { wide: true })),
];
