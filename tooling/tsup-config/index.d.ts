import type { Options } from 'tsup';
/** The one build shape every library package ships: ESM + CJS + .d.ts/.d.cts with sourcemaps. */
export declare function libraryConfig(overrides?: Options): Options;
