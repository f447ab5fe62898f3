// Every exported class that implements a port of @seams/ports must run that port's contract.
// The classes come from each package's public entry (TypeScript resolves re-exports and aliases);
// what ran comes from the fidelity records: the contract kit records, for every case that ended
// well, the classes of the instances its setup put in the context.
import { readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..');
const PACKAGES = join(ROOT, 'packages');

/**
 * Which contracts test each port. A port missing here fails the check (with a message saying to
 * add it), so a new port never slips through unmapped.
 */
export const CONTRACTS_OF_PORT = {
  Clock: ['Clock'],
  IdGenerator: ['IdGenerator'],
  IdempotencyStore: ['IdempotencyStore'],
  EventPublisher: ['EventBroker'],
  EventConsumer: ['EventBroker'],
  BrokerTopology: ['EventBroker'],
  OrderRepository: ['OrderRepository'],
  OutboxStore: ['OutboxStore'],
  UnitOfWork: ['OrderRepository', 'OutboxStore'],
  PaymentGateway: ['PaymentGateway'],
};

/** The port interfaces a class declaration names in `implements`, resolved through imports. */
function portsImplemented(checker, declaration) {
  const portsDir = `${join(PACKAGES, 'ports', 'src')}${sep}`;
  const ports = [];
  for (const clause of declaration.heritageClauses ?? []) {
    if (clause.token !== ts.SyntaxKind.ImplementsKeyword) continue;
    for (const type of clause.types) {
      let symbol = checker.getSymbolAtLocation(type.expression);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const file = symbol?.declarations?.[0]?.getSourceFile().fileName;
      if (symbol && file && resolve(file).startsWith(portsDir)) ports.push(symbol.name);
    }
  }
  return ports;
}

/**
 * `{ package, className, ports }` for each class a package's entry exports that implements a port.
 * Reads the sources (no build needed); `@seams/*` imports resolve to their `src/index.ts`.
 */
export function exportedPortImplementations() {
  const entries = readdirSync(PACKAGES).map((name) => join(PACKAGES, name, 'src', 'index.ts'));
  const program = ts.createProgram(entries, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
    noEmit: true,
    paths: { '@seams/*': [join(PACKAGES, '*', 'src', 'index.ts')] },
  });
  const checker = program.getTypeChecker();
  const found = [];
  for (const entry of entries) {
    const source = program.getSourceFile(entry);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) continue;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      for (const declaration of symbol.declarations ?? []) {
        if (!ts.isClassDeclaration(declaration)) continue;
        const ports = portsImplemented(checker, declaration);
        if (ports.length > 0) {
          found.push({ package: entry.split(sep).at(-3), className: symbol.name, ports });
        }
      }
    }
  }
  return found;
}

/**
 * Problems, one line each: a class whose port maps to no contract, or that no registration of its
 * port's contracts exercised in a case that ran. `registrations` are fidelity records, each with
 * `port` and `implementations` (the classes seen in its contexts, over every run).
 */
export function uncoveredImplementations(
  implementations,
  registrations,
  contractsOfPort = CONTRACTS_OF_PORT,
) {
  const problems = [];
  for (const { package: pkg, className, ports } of implementations) {
    for (const port of ports) {
      const contracts = contractsOfPort[port];
      if (!contracts) {
        problems.push(
          `${className} (packages/${pkg}) implements ${port}, which no contract is mapped to: add it to CONTRACTS_OF_PORT in scripts/contract-coverage.mjs`,
        );
        continue;
      }
      const covered = registrations.some(
        (r) => contracts.includes(r.port) && (r.implementations ?? []).includes(className),
      );
      if (!covered) {
        problems.push(
          `${className} (packages/${pkg}) implements ${port} but ran no case of the ${contracts.join(' or ')} contract: register it, with a declared divergence for each case it cannot honour`,
        );
      }
    }
  }
  return problems;
}
