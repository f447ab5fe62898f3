/**
 * The routes an app serves, kept from Fastify's `onRoute` hook, to tell "no such route" (404)
 * from "no such method on this route" (405 with `Allow`). Routes are static paths and `:param`
 * segments, which is all this service declares.
 */
export class RouteTable {
  readonly #routes = new Map<
    string,
    { readonly segments: readonly string[]; readonly methods: Set<string> }
  >();

  add(methods: string | readonly string[], url: string): void {
    let route = this.#routes.get(url);
    if (!route) {
      route = { segments: segmentsOf(url), methods: new Set() };
      this.#routes.set(url, route);
    }
    for (const method of typeof methods === 'string' ? [methods] : methods) route.methods.add(method);
  }

  /** The methods some route serves at `path` (no query string), sorted; empty for an unknown path. */
  allowedMethods(path: string): string[] {
    const segments = segmentsOf(path);
    const allowed = new Set<string>();
    for (const route of this.#routes.values()) {
      if (matches(route.segments, segments)) for (const method of route.methods) allowed.add(method);
    }
    return [...allowed].sort();
  }
}

// '/orders/1/' has a third, empty segment: Fastify does not match it to '/orders/:id', nor does this.
function segmentsOf(path: string): string[] {
  return path.split('/').slice(1);
}

function matches(pattern: readonly string[], path: readonly string[]): boolean {
  return (
    pattern.length === path.length &&
    pattern.every((segment, index) =>
      segment.startsWith(':') ? path[index] !== '' : segment === path[index],
    )
  );
}
