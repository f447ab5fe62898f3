/** Path parameters by name, decoded: `{ id: '42' }` for `/users/:id` and `/users/42`. */
export type PathParams = Readonly<Record<string, string>>;

const PARAM = /^:([A-Za-z_$][\w$]*)$/;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * A path to match: a literal (`/health`), a template whose segments may be parameters
 * (`/users/:id/orders/:orderId`, as msw and Express write them; a segment matches one non-empty
 * run of characters other than `/`), or a RegExp, whose named groups become parameters.
 */
export class PathPattern {
  readonly #regexp: RegExp | undefined;
  readonly #names: readonly string[];

  constructor(readonly source: string | RegExp) {
    if (source instanceof RegExp) {
      this.#regexp = source;
      this.#names = [];
      return;
    }
    const segments = source.split('/');
    const names = segments.map((segment) => PARAM.exec(segment)?.[1]);
    this.#names = names.filter((name): name is string => name !== undefined);
    this.#regexp =
      this.#names.length === 0
        ? undefined
        : new RegExp(`^${segments.map((s, i) => (names[i] ? '([^/]+)' : escapeRegExp(s))).join('/')}$`);
  }

  /** The parameters when `path` matches, `undefined` when it does not. */
  match(path: string): PathParams | undefined {
    if (this.#regexp === undefined) return path === this.source ? {} : undefined;
    const found = this.#regexp.exec(path);
    if (!found) return undefined;
    if (this.source instanceof RegExp) {
      return Object.fromEntries(Object.entries(found.groups ?? {}).map(([k, v]) => [k, decode(v ?? '')]));
    }
    return Object.fromEntries(this.#names.map((name, i) => [name, decode(found[i + 1] ?? '')]));
  }

  toString(): string {
    return typeof this.source === 'string' ? JSON.stringify(this.source) : String(this.source);
  }
}
