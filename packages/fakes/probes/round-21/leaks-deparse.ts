// Round 21 probe, leaks part B: how PostgreSQL 15 prints an expression back (pg_get_constraintdef,
// pg_get_expr, pg_get_viewdef, chapter 9.26 system information functions) for POSITION, strpos and
// LIKE, once a statement mentioned nondeterministic collations (chapter 24.2.2.4); and DROP EXTENSION
// plpgsql (chapter 43), which 15 allows.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r21 leaks: ');
const q = (name: string, sql: string, setup?: string) => list.add(name, [sql], setup);

const T = `CREATE TABLE u (email text CHECK (position('@' IN email) > 1), name text CHECK (name LIKE 'a%'), code text CHECK (strpos(code, '-') > 0), nick text CHECK (nick NOT LIKE '%x' AND nick ILIKE 'b%'));
CREATE VIEW uv AS SELECT position('@' IN email) AS at, strpos(code, '-') AS dash, name LIKE 'a%' AS a FROM u;`;
const DET = `CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);`;
const CONS =
  "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'u'::regclass ORDER BY 1";
const VIEW = "SELECT pg_get_viewdef('uv'::regclass, true)";
const EXPR =
  "SELECT pg_get_expr(conbin, conrelid) FROM pg_constraint WHERE conrelid = 'u'::regclass ORDER BY conname";

q('constraintdef plain', CONS, T);
q('viewdef plain', VIEW, T);
q('constraintdef after deterministic', CONS, `${DET}\n${T}`);
q('viewdef after deterministic', VIEW, `${DET}\n${T}`);
q('get_expr after deterministic', EXPR, `${DET}\n${T}`);
q('constraintdef made before deterministic', CONS, `${T}\n${DET}`);
q('position with nondeterministic collation', "SELECT position('B' IN ('abc' COLLATE ci)) AS v", DET);
q('strpos with nondeterministic collation', "SELECT strpos('abc' COLLATE ci, 'B') AS v", DET);
q(
  'nested position printed after deterministic',
  "SELECT pg_get_expr(conbin, conrelid, true) FROM pg_constraint WHERE conrelid = 'w'::regclass",
  `${DET}\nCREATE TABLE w (w text CHECK (position('x' IN substr(w, position('y' IN w))) >= 0 AND w <> '"position"(a, b)'));`,
);
q(
  'position over varchar printed after deterministic',
  "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'w'::regclass",
  `${DET}\nCREATE TABLE w (v varchar(9), c char(3), CHECK (position('@' IN v) > 0 AND position(c IN v) > 0));`,
);
q('like with nondeterministic collation', "SELECT 'abc' COLLATE ci LIKE 'A%' AS v", DET);
q(
  'index expression after deterministic',
  "SELECT pg_get_indexdef('u_at'::regclass)",
  `${DET}\n${T}\nCREATE INDEX u_at ON u (strpos(email, '@'));`,
);
q(
  'function body deparse after deterministic',
  "SELECT pg_get_functiondef('f'::regproc) ~ 'POSITION' AS v",
  `${DET}\nCREATE FUNCTION f(t text) RETURNS int LANGUAGE sql IMMUTABLE BEGIN ATOMIC SELECT position('@' IN t); END;`,
);
q(
  'pg_proc position rows',
  "SELECT proname, pronargs, prolang = 12 AS internal FROM pg_proc WHERE proname IN ('position', 'strpos', 'textlike', 'textnlike', 'texticlike') ORDER BY 1, 2",
  DET,
);
// Each case puts plpgsql back: the server's scratch database is reset with a DO block.
list.add('drop extension plpgsql', [
  'DROP EXTENSION plpgsql',
  "SELECT count(*) FROM pg_language WHERE lanname = 'plpgsql'",
  'CREATE EXTENSION IF NOT EXISTS plpgsql',
]);
list.add('drop extension plpgsql restrict', [
  'DROP EXTENSION plpgsql RESTRICT',
  'CREATE EXTENSION IF NOT EXISTS plpgsql',
]);
list.add('drop language plpgsql', ['DROP LANGUAGE plpgsql']);

export default list.cases;
