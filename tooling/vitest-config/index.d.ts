import type { UserConfig } from 'vitest/config';
/** Real-server test files: selected by `vitest --project containers`, never by editing files. */
export declare const CONTAINERS_PATTERN: string;
/** The differential corpora's real-server files; `SEAMS_CORPORA=off` leaves them out of a containers run. */
export declare const CORPUS_CONTAINERS_PATTERN: string;
/** Probe runners (generated scenarios on a real server and a fake), run only with `SEAMS_PROBES=1`. */
export declare const PROBES_PATTERN: string;
/** The differential corpora's fast replays; `SEAMS_CORPORA=off` leaves them out of a fast run too. */
export declare const CORPUS_REPLAY_PATTERN: string;
/** `@seams/*` (and each subpath of its exports map) resolved to the package's sources. */
export declare const workspaceSourceAliases: { find: RegExp; replacement: string }[];
/** Options for the fast and containers projects. */
export interface SeamsVitestOptions {
  fast?: {
    /** Workers for the fast project (a count or a share of the cores, '100%'); vitest's default otherwise. */
    maxWorkers?: number | string;
    /**
     * Globs of the package's engine suites (what an embedded engine answers to SQL), which
     * `SEAMS_ENGINE_SUITES=off` leaves out of a fast run: CI's Node 20 pass, after Node 24 ran them.
     */
    engineSuites?: string[];
    /** Per test (default 30 s) and per hook (60 s): guards against a hang, not time targets. */
    testTimeout?: number;
    hookTimeout?: number;
  };
  containers?: {
    /** Real servers the containers project needs; testenv's global setup resolves only these. */
    services?: Array<'postgres' | 'rabbitmq' | 'redis'>;
    globalSetup?: string[];
    /** Per test (default 120 s) and per hook (120 s): guards against a hang on a loaded server. */
    testTimeout?: number;
    hookTimeout?: number;
    /** Files run at once (default 3: real-server files mostly wait on the servers). */
    maxWorkers?: number;
  };
}
/** The `fast` and `containers` projects every package shares. */
export declare function seamsVitestConfig(options?: SeamsVitestOptions): UserConfig;
