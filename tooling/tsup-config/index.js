// @ts-check
/**
 * The one build shape every library package ships: ESM + CJS + .d.ts/.d.cts with sourcemaps.
 * @param {import('tsup').Options} [overrides]
 * @returns {import('tsup').Options}
 */
export function libraryConfig(overrides = {}) {
  return {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false, // same file names every build; cleaning would race tests reading dist
    target: 'node20',
    platform: 'node',
    // Dependencies stay external: consumers dedupe them, and pg/amqplib must be a single instance.
    skipNodeModulesBundle: true,
    ...overrides,
  };
}
