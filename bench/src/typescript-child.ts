/** Node flags that load tsx, resolved from here so a child finds it whatever its working directory. */
export const TSX_IMPORT: readonly string[] = ['--import', import.meta.resolve('tsx')];

/** Node arguments that run a TypeScript file of this package in a child process. */
export function typescriptArgs(file: string): string[] {
  return [...TSX_IMPORT, file];
}
