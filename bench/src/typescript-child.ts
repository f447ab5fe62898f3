/**
 * Node arguments that run a TypeScript file of this package in a child process: tsx's loader,
 * resolved from here so the child finds it whatever its working directory.
 */
export function typescriptArgs(file: string, nodeArgs: readonly string[] = []): string[] {
  return [...nodeArgs, '--import', import.meta.resolve('tsx'), file];
}
