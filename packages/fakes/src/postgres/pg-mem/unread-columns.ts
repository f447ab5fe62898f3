import type { Statement } from 'pgsql-ast-parser';

/**
 * PostgreSQL never computes a column of a derived table or CTE that the query around it does not
 * read (the planner pulls the subquery up, or drops its unused outputs), so an error only that
 * column would raise (10 / 0, an overflow, a bad cast) is never raised:
 * `SELECT count(*) FROM (SELECT id, 10 / n AS q FROM t) s` counts the rows. pg-mem computes every
 * column and raises. This finds such a column, so that the engine can refuse the error it got
 * instead of passing it off as PostgreSQL's.
 *
 * The reading is by name, as SQL reads them: a column is read when a column reference outside the
 * subquery carries its name (qualified or not), when a select list outside it has `*` or `x.*`, or
 * when a join names it in USING; a NATURAL join reads all. A column without a name (an expression
 * without AS) can only be read through `*`. Union and VALUES subqueries are left alone (their
 * columns are positional).
 */
export function unreadDerivedColumn(statements: readonly Statement[]): string | undefined {
  for (const statement of statements) {
    for (const { node, alias, name } of derivedTables(statement)) {
      const outputs = outputNames(node);
      if (outputs === undefined) continue;
      const read = readNames(statement, node, alias);
      if (read === 'all') continue;
      const unread = outputs.find(
        ({ name: output, canRaise }) => canRaise && (output === undefined || !read.has(output)),
      );
      if (unread)
        return `the ${unread.name === undefined ? 'unnamed column' : `column ${unread.name}`} of ${name}`;
    }
  }
  return undefined;
}

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function children(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (isNode(value)) return Object.values(value);
  return [];
}

/** Every subquery in a FROM clause and every CTE of the statement, with its alias and what to call it. */
function derivedTables(root: unknown): { node: Node; alias: string; name: string }[] {
  const found: { node: Node; alias: string; name: string }[] = [];
  const visit = (value: unknown): void => {
    if (isNode(value)) {
      if (value.type === 'statement' && isNode(value.statement)) {
        const alias = String(value.alias ?? '');
        found.push({ node: value.statement, alias, name: `the derived table ${alias}`.trim() });
      }
      if (value.type === 'with' && Array.isArray(value.bind)) {
        for (const bind of value.bind) {
          if (isNode(bind) && isNode(bind.statement) && isNode(bind.alias)) {
            const alias = String(bind.alias.name);
            found.push({ node: bind.statement, alias, name: `the CTE ${alias}` });
          }
        }
      }
    }
    for (const child of children(value)) visit(child);
  };
  visit(root);
  return found;
}

/** Expressions that cannot raise: a column as it is, a constant. */
const INERT = new Set(['ref', 'integer', 'numeric', 'string', 'boolean', 'null']);

interface Output {
  /** undefined for an expression without a name. */
  readonly name: string | undefined;
  /** False for a column or a constant, which nothing can make fail. */
  readonly canRaise: boolean;
}

/** A plain SELECT's outputs, or undefined for any other query. */
function outputNames(node: Node): Output[] | undefined {
  if (node.type !== 'select' || !Array.isArray(node.columns)) return undefined;
  const names: Output[] = [];
  for (const column of node.columns) {
    if (!isNode(column) || !isNode(column.expr)) return undefined;
    const alias = isNode(column.alias) ? column.alias.name : undefined;
    const canRaise = !INERT.has(String(column.expr.type));
    // A star inside the subquery passes its source's columns on: leave such a subquery alone.
    if (column.expr.type === 'ref' && column.expr.name === '*') return undefined;
    if (typeof alias === 'string') names.push({ name: alias, canRaise });
    else if (column.expr.type === 'ref') names.push({ name: String(column.expr.name), canRaise });
    else names.push({ name: undefined, canRaise });
  }
  return names;
}

/** Whether a FROM list holds the derived table itself, or (for a CTE) a reference to its name. */
function fromHolds(from: unknown, skip: Node, alias: string): boolean {
  if (!Array.isArray(from)) return false;
  return from.some(
    (item) =>
      isNode(item) &&
      ((item.type === 'statement' && item.statement === skip) ||
        (item.type === 'table' &&
          isNode(item.name) &&
          item.name.name === alias &&
          item.name.alias === undefined) ||
        (item.type === 'table' && isNode(item.name) && item.name.alias === alias)),
  );
}

/**
 * The names read of `skip`, or 'all' when it is read whole. Only the selects whose FROM holds it can
 * read it (with the subqueries inside them, correlated): there, a column reference unqualified or
 * qualified by its alias reads a name; a `*` of that select list, `alias.*`, the alias alone (a whole
 * row) or a NATURAL join reads all.
 */
function readNames(root: unknown, skip: Node, alias: string): Set<string> | 'all' {
  const names = new Set<string>();
  let all = false;
  const collect = (value: unknown, holder: Node): void => {
    if (all || value === skip) return;
    if (isNode(value)) {
      if (value === holder && Array.isArray(value.columns)) {
        for (const column of value.columns) {
          if (
            !isNode(column) ||
            !isNode(column.expr) ||
            column.expr.type !== 'ref' ||
            column.expr.name !== '*'
          )
            continue;
          const table = isNode(column.expr.table) ? column.expr.table.name : undefined;
          if (table === undefined || table === alias) all = true;
        }
      }
      if (isNode(value.join)) {
        if (value.join.natural === true) all = true;
        if (Array.isArray(value.join.using)) {
          for (const using of value.join.using) if (isNode(using)) names.add(String(using.name));
        }
      }
      if (value.type === 'ref' && typeof value.name === 'string') {
        const table = isNode(value.table) ? value.table.name : undefined;
        if (table === undefined && value.name === alias && alias !== '') all = true;
        if (table === undefined || table === alias) names.add(value.name);
        if (value.name === '*' && table === alias) all = true;
      }
    }
    for (const child of children(value)) collect(child, holder);
  };
  const visit = (value: unknown): void => {
    if (all || value === skip) return;
    if (isNode(value) && value.type === 'select' && fromHolds(value.from, skip, alias)) collect(value, value);
    for (const child of children(value)) visit(child);
  };
  visit(root);
  return all ? 'all' : names;
}
