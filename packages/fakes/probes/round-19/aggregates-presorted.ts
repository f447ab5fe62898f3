// Round 19 probe: an aggregate without ORDER BY reads its group's rows in input order (4.2.7: "the input
// rows are fed to the aggregate in an unspecified order" and, in practice on 15, in scan order), beside
// aggregates with ORDER BY or DISTINCT, which 15 sorts inside the aggregate, not in the plan's input.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 aggregates presorted: ');
const q = (name: string, sql: string, setup?: string) => list.add(name, [sql], setup);
const P = `CREATE TABLE ps (id int, g text, k int, v text);
INSERT INTO ps VALUES (1, 'x', 3, 'c'), (2, 'y', 1, 'a'), (3, 'x', 2, 'b'), (4, 'y', 5, 'e'), (5, 'x', 4, 'd'), (6, 'x', 0, 'z');`;

q(
  'unordered array_agg beside ordered one',
  `SELECT array_agg(v ORDER BY k) AS a, array_agg(v) AS b FROM ps`,
  P,
);
q(
  'unordered string_agg beside ordered one',
  `SELECT string_agg(v, ',' ORDER BY k DESC) AS a, string_agg(v, ',') AS b FROM ps`,
  P,
);
q(
  'unordered array_agg beside distinct one',
  `SELECT array_agg(DISTINCT v) AS a, array_agg(v) AS b FROM ps`,
  P,
);
q('unordered array_agg beside count distinct', `SELECT count(DISTINCT k) AS a, array_agg(k) AS b FROM ps`, P);
q(
  'unordered json_agg beside ordered one',
  `SELECT json_agg(v ORDER BY v DESC) AS a, json_agg(id) AS b FROM ps`,
  P,
);
q(
  'unordered per group beside ordered one',
  `SELECT g, array_agg(v ORDER BY k) AS a, array_agg(v) AS b FROM ps GROUP BY g ORDER BY g`,
  P,
);
q(
  'two ordered aggregates different keys with unordered',
  `SELECT array_agg(v ORDER BY k) AS a, array_agg(v ORDER BY id DESC) AS b, array_agg(id) AS c FROM ps`,
  P,
);
q('ordered aggregate alone', `SELECT array_agg(id ORDER BY v) AS a FROM ps`, P);
q(
  'unordered string_agg beside ordered in subquery',
  `SELECT * FROM (SELECT string_agg(v, '' ORDER BY k) AS a, string_agg(v, '') AS b FROM ps) s`,
  P,
);
q(
  'unordered array_agg beside ordered with filter',
  `SELECT array_agg(v ORDER BY k) FILTER (WHERE k > 0) AS a, array_agg(v) AS b FROM ps`,
  P,
);
q('unordered jsonb_agg beside ordered', `SELECT jsonb_agg(v ORDER BY k) AS a, jsonb_agg(v) AS b FROM ps`, P);
q(
  'first element via unordered beside ordered',
  `SELECT (array_agg(v))[1] AS first, min(v ORDER BY k) AS m FROM ps`,
  P,
);
q(
  'window and ordered aggregate',
  `SELECT g, array_agg(v ORDER BY k) AS a, array_agg(v) AS b, count(*) OVER () AS n FROM ps GROUP BY g ORDER BY g`,
  P,
);
q(
  'distinct string_agg beside unordered',
  `SELECT string_agg(DISTINCT g, ',') AS a, string_agg(g, ',') AS b FROM ps`,
  P,
);

export default list.cases;
