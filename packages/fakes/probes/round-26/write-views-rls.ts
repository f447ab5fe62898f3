// Round 26 part C: writes that a table's definition filters (PostgreSQL 15 docs 5.8 row security,
// CREATE VIEW's updatable views and WITH CHECK OPTION, 5.5 system columns in RETURNING). Row
// security binds only a role without BYPASSRLS, so those cases make one inside a transaction they
// roll back: nothing outlives the case on the server.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r26 write views rls: ');
const T = `CREATE TABLE t (id int PRIMARY KEY, owner text NOT NULL, qty int NOT NULL DEFAULT 1);
INSERT INTO t VALUES (1, 'alice', 1), (2, 'bob', 5), (3, 'alice', 0);`;
const read = 'SELECT * FROM t ORDER BY id';
const view = (def: string) => `${T}\n${def}`;
const add = (name: string, steps: string[], setup = T) => list.add(name, [...steps, read], setup);

const LIVE = view('CREATE VIEW live AS SELECT id, owner, qty FROM t WHERE qty > 0;');
const CHECKED = view('CREATE VIEW live AS SELECT id, owner, qty FROM t WHERE qty > 0 WITH CHECK OPTION;');
const LOCAL = view(
  "CREATE VIEW live AS SELECT id, owner, qty FROM t WHERE qty > 0;\nCREATE VIEW alice AS SELECT * FROM live WHERE owner = 'alice' WITH LOCAL CHECK OPTION;",
);
const CASCADED = view(
  "CREATE VIEW live AS SELECT id, owner, qty FROM t WHERE qty > 0;\nCREATE VIEW alice AS SELECT * FROM live WHERE owner = 'alice' WITH CASCADED CHECK OPTION;",
);
add('view insert outside its where', ["INSERT INTO live VALUES (4, 'carl', 0) RETURNING *"], LIVE);
add('view update outside its where', ['UPDATE live SET qty = 0 WHERE id = 1 RETURNING *'], LIVE);
add('view update sees only its rows', ['UPDATE live SET qty = qty + 10 RETURNING id, qty'], LIVE);
add('view delete sees only its rows', ["DELETE FROM live WHERE owner = 'alice' RETURNING id"], LIVE);
add('view default of the table', ["INSERT INTO live (id, owner) VALUES (4, 'carl') RETURNING *"], LIVE);
add(
  'view with its own default',
  [
    'ALTER VIEW live ALTER COLUMN qty SET DEFAULT 7',
    "INSERT INTO live (id, owner) VALUES (4, 'carl') RETURNING *",
  ],
  LIVE,
);
add('check option insert outside', ["INSERT INTO live VALUES (4, 'carl', 0)"], CHECKED);
add('check option update outside', ['UPDATE live SET qty = -1 WHERE id = 2'], CHECKED);
add(
  'check option upsert outside',
  ["INSERT INTO live VALUES (2, 'bob', 1) ON CONFLICT (id) DO UPDATE SET qty = 0"],
  CHECKED,
);
add(
  'check option upsert inside',
  ["INSERT INTO live VALUES (2, 'bob', 1) ON CONFLICT (id) DO UPDATE SET qty = EXCLUDED.qty + 1 RETURNING *"],
  CHECKED,
);
add(
  'local check option ignores the inner view',
  ["INSERT INTO alice VALUES (4, 'alice', 0) RETURNING id"],
  LOCAL,
);
add('local check option on its own where', ["INSERT INTO alice VALUES (4, 'bob', 2)"], LOCAL);
add('cascaded check option checks the inner view', ["INSERT INTO alice VALUES (4, 'alice', 0)"], CASCADED);
add(
  'view of a join is not updatable',
  ['UPDATE j SET qty = 1'],
  view('CREATE VIEW j AS SELECT t.id, t.qty, u.owner AS o FROM t JOIN t u ON u.id = t.id;'),
);
add(
  'view with an aggregate is not updatable',
  ["INSERT INTO agg VALUES ('x', 1)"],
  view('CREATE VIEW agg AS SELECT owner, count(*) AS n FROM t GROUP BY owner;'),
);
add(
  'view with a computed column, updating it',
  ['UPDATE v SET double = 4 WHERE id = 1'],
  view('CREATE VIEW v AS SELECT id, qty * 2 AS double, owner FROM t;'),
);
add(
  'view with a computed column, updating another',
  ["UPDATE v SET owner = 'zed' WHERE id = 1 RETURNING *"],
  view('CREATE VIEW v AS SELECT id, qty * 2 AS double, owner FROM t;'),
);
add(
  'returning tableoid of a partition',
  [
    'INSERT INTO pt VALUES (1), (15) RETURNING k, tableoid::regclass AS part',
    'UPDATE pt SET k = k + 10 RETURNING k, tableoid::regclass AS part',
  ],
  `${T}\nCREATE TABLE pt (k int) PARTITION BY RANGE (k);\nCREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (10);\nCREATE TABLE pt2 PARTITION OF pt FOR VALUES FROM (10) TO (30);`,
);
add('returning xmax of an upsert', [
  "INSERT INTO t VALUES (1, 'x', 1), (9, 'y', 1) ON CONFLICT (id) DO UPDATE SET qty = 2 RETURNING id, xmax = 0 AS inserted",
]);
add('returning ctid changes on update', [
  "SELECT ctid = '(0,1)' AS first FROM t WHERE id = 1",
  "UPDATE t SET qty = 3 WHERE id = 1 RETURNING ctid = '(0,1)' AS same",
]);

const RLS = `${T}
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON t USING (owner = current_user) WITH CHECK (owner = current_user AND qty < 10);`;
const asAlice = (steps: string[]) => [
  'BEGIN',
  'CREATE ROLE alice',
  'GRANT SELECT, INSERT, UPDATE, DELETE ON t TO alice',
  'SET LOCAL ROLE alice',
  ...steps,
  'ROLLBACK',
];
add('rls select as a role', asAlice(['SELECT id FROM t ORDER BY id']), RLS);
add('rls insert of another owner', asAlice(["INSERT INTO t VALUES (4, 'bob', 1)"]), RLS);
add('rls insert breaking the check', asAlice(["INSERT INTO t VALUES (4, 'alice', 20)"]), RLS);
add('rls update sees own rows only', asAlice(['UPDATE t SET qty = qty + 1 RETURNING id, qty']), RLS);
add('rls update to another owner', asAlice(["UPDATE t SET owner = 'bob' WHERE id = 1"]), RLS);
add('rls delete own rows only', asAlice(['DELETE FROM t RETURNING id']), RLS);
add(
  'rls upsert on a hidden row',
  asAlice(["INSERT INTO t VALUES (2, 'alice', 1) ON CONFLICT (id) DO UPDATE SET qty = 1"]),
  RLS,
);
add(
  'rls upsert do nothing on a hidden row',
  asAlice(["INSERT INTO t VALUES (2, 'alice', 1) ON CONFLICT (id) DO NOTHING RETURNING id"]),
  RLS,
);
add('rls as the owner superuser', ["INSERT INTO t VALUES (4, 'bob', 20) RETURNING id"], RLS);
add(
  'rls forced, still bypassed by a superuser',
  ['ALTER TABLE t FORCE ROW LEVEL SECURITY', "INSERT INTO t VALUES (4, 'bob', 20) RETURNING id"],
  RLS,
);
add(
  'rls enabled without a policy hides every row',
  asAlice(['SELECT count(*)::int AS n FROM t', "INSERT INTO t VALUES (4, 'alice', 1)"]),
  `${T}\nALTER TABLE t ENABLE ROW LEVEL SECURITY;`,
);
add(
  'rls restrictive policy',
  asAlice(["INSERT INTO t VALUES (4, 'alice', 0)"]),
  `${RLS}\nCREATE POLICY positive ON t AS RESTRICTIVE FOR INSERT WITH CHECK (qty > 0);`,
);
add(
  'rls policy for update only',
  asAlice(['UPDATE t SET qty = 50 WHERE id = 1']),
  `${T}\nALTER TABLE t ENABLE ROW LEVEL SECURITY;\nCREATE POLICY sel ON t FOR SELECT USING (true);\nCREATE POLICY upd ON t FOR UPDATE USING (owner = current_user) WITH CHECK (qty < 10);`,
);

export default list.cases;
