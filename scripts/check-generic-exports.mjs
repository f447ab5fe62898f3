// The generic packages know no orders: the order domain belongs to the example service
// (apps/order-service). Fails when an export of a generic package, or its published declaration
// files, names an order type, event or limit. Needs the packages built (`pnpm build`).
//
//   node scripts/check-generic-exports.mjs
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..');
const GENERIC = [
  'ports',
  'contracts',
  'postgres-adapter',
  'amqp-adapter',
  'fakes',
  'redis-adapter',
  'http-client',
  'testenv',
];
const DECLARATIONS = ['dist/index.d.ts', 'dist/index.d.cts'];

// A name is split at camelCase and snake_case boundaries; a part that is `order` or `orders` names
// the domain: `Order`, `PostgresOrderRepository`, `ORDER_LIMITS`, `orderId`, `orders_pkey`
// (while `IdempotencyRecordError` does not). In prose, the lower-case word "order" may still mean
// sequence ("in order", "in version order"), unless a routing key (`order.paid`, `order.#`), a
// name (`order-1`) or "order service" follows it.
const NAME_PARTS = /_|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/;
const DOMAIN_PART = /^orders?$/i;
const DOMAIN_CONTINUATION = /^([.\-_][\w#*]| service)/;

// Names where "order" means sequence, not the domain: go-sqlmock's `MatchExpectationsInOrder` became
// createPgMock's `inOrder` option.
const SEQUENCE_NAMES = new Set(['inOrder', 'MatchExpectationsInOrder']);

function namesDomain(name) {
  if (SEQUENCE_NAMES.has(name)) return false;
  return name.split(NAME_PARTS).some((part) => DOMAIN_PART.test(part));
}

/** True when `word`, found in text followed by `after`, names the domain rather than a sequence. */
function mentionsDomain(word, after) {
  if (!namesDomain(word)) return false;
  return word !== 'order' || DOMAIN_CONTINUATION.test(after);
}

/** Every name `src/index.ts` of `pkg` exports, through `export *` too. */
function exportedNames(program, pkg) {
  const file = program.getSourceFile(join(ROOT, 'packages', pkg, 'src', 'index.ts'));
  if (!file) throw new Error(`packages/${pkg}/src/index.ts not found`);
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(file);
  return module ? checker.getExportsOfModule(module).map((symbol) => symbol.getName()) : [];
}

/** Lines of a declaration file that name the order domain, as `path:line: text`. */
function domainMentions(path) {
  const found = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      for (const match of line.matchAll(/[A-Za-z_$][\w$]*/g)) {
        const word = match[0];
        if (!mentionsDomain(word, line.slice(match.index + word.length))) continue;
        found.push(`${path.slice(ROOT.length + 1)}:${index + 1}: ${line.trim()}`);
        break;
      }
    });
  return found;
}

const program = ts.createProgram(
  GENERIC.map((pkg) => join(ROOT, 'packages', pkg, 'src', 'index.ts')),
  {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    skipLibCheck: true,
  },
);

const problems = [];
let names = 0;
let declarationFiles = 0;
for (const pkg of GENERIC) {
  const exported = exportedNames(program, pkg);
  names += exported.length;
  for (const name of exported.filter(namesDomain)) {
    problems.push(`@seams/${pkg} exports ${name} (packages/${pkg}/src/index.ts)`);
  }
  for (const declaration of DECLARATIONS) {
    const path = join(ROOT, 'packages', pkg, declaration);
    if (!existsSync(path)) {
      problems.push(`packages/${pkg}/${declaration} is missing: run \`pnpm build\` first`);
      continue;
    }
    declarationFiles++;
    problems.push(...domainMentions(path).map((mention) => `@seams/${pkg} declares ${mention}`));
  }
}

if (problems.length > 0) {
  console.error(
    `check-generic-exports: the generic packages must not name the order domain (it belongs to apps/order-service):\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(
  `check-generic-exports: ${GENERIC.length} generic packages, ${names} exported names and ${declarationFiles} declaration files name no order type, event or limit`,
);
