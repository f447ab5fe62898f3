// Round 26 part C, reproduction: an untargeted ON CONFLICT DO NOTHING and a row outside a partial
// unique index's predicate (generated cases write c 230 and write d 172 on pg-mem).
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r26 write repro partial: ');
const S = `CREATE TABLE p (id int PRIMARY KEY, code text, qty int);
CREATE UNIQUE INDEX p_code_live ON p (code) WHERE qty > 0;
INSERT INTO p VALUES (1, 'a', 1), (2, 'b', 0);`;
const read = 'SELECT * FROM p ORDER BY id';
list.add(
  'a row outside the predicate is inserted',
  ["INSERT INTO p VALUES (3, 'a', 0) ON CONFLICT DO NOTHING RETURNING id", read],
  S,
);
list.add(
  'a row whose predicate is NULL is inserted',
  ["INSERT INTO p VALUES (3, 'a', NULL) ON CONFLICT DO NOTHING RETURNING id", read],
  S,
);
list.add(
  'a row inside the predicate is skipped',
  ["INSERT INTO p VALUES (3, 'a', 2) ON CONFLICT DO NOTHING RETURNING id", read],
  S,
);
list.add(
  'a row over an existing row outside the predicate is inserted',
  ["INSERT INTO p VALUES (3, 'b', 5) ON CONFLICT DO NOTHING RETURNING id", read],
  S,
);
list.add(
  'targeted on the key, a row outside the predicate is inserted',
  ["INSERT INTO p VALUES (3, 'a', 0) ON CONFLICT (id) DO NOTHING RETURNING id", read],
  S,
);
list.add(
  'targeted on the key, a row inside the predicate fails',
  ["INSERT INTO p VALUES (3, 'a', 2) ON CONFLICT (id) DO NOTHING RETURNING id", read],
  S,
);
list.add(
  'an upsert on the key, a row outside the predicate is inserted',
  ["INSERT INTO p VALUES (3, 'a', 0) ON CONFLICT (id) DO UPDATE SET qty = 9 RETURNING id, qty", read],
  S,
);
list.add(
  'two rows of one statement, both outside the predicate',
  ["INSERT INTO p VALUES (3, 'c', 0), (4, 'c', 0) ON CONFLICT DO NOTHING RETURNING id", read],
  S,
);
list.add(
  'two rows of one statement, the second inside',
  ["INSERT INTO p VALUES (3, 'c', 0), (4, 'c', 1), (5, 'c', 1) ON CONFLICT DO NOTHING RETURNING id", read],
  S,
);
list.add(
  'an update moving a row out of the predicate frees its key',
  [
    'UPDATE p SET qty = 0 WHERE id = 1',
    "INSERT INTO p VALUES (3, 'a', 1) ON CONFLICT DO NOTHING RETURNING id",
    read,
  ],
  S,
);
list.add(
  'a plain insert outside the predicate',
  ["INSERT INTO p VALUES (3, 'a', 0) RETURNING id", "SELECT id FROM p WHERE code = 'a' ORDER BY id", read],
  S,
);
list.add(
  'an update and a delete find rows outside the predicate by its columns',
  [
    "INSERT INTO p VALUES (3, 'a', 0), (4, 'a', NULL)",
    "UPDATE p SET qty = -1 WHERE code = 'a' AND id > 1 RETURNING id",
    "DELETE FROM p WHERE code = 'a' RETURNING id",
    read,
  ],
  S,
);
list.add(
  'a plain partial index serves no query outside its predicate',
  [
    "SELECT id FROM q WHERE code = 'a' ORDER BY id",
    "SELECT id FROM q WHERE code = 'a' AND qty > 0 ORDER BY id",
  ],
  `CREATE TABLE q (id int PRIMARY KEY, code text, qty int);
CREATE INDEX q_code_live ON q (code) WHERE qty > 0;
INSERT INTO q VALUES (1, 'a', 1), (2, 'a', 0), (3, 'a', NULL), (4, 'b', 1);`,
);
list.add(
  'a partial unique index beside a whole index on the same column',
  ["INSERT INTO q VALUES (5, 'a', 0)", "SELECT id FROM q WHERE code = 'a' ORDER BY id"],
  `CREATE TABLE q (id int PRIMARY KEY, code text, qty int);
CREATE INDEX q_code ON q (code);
CREATE UNIQUE INDEX q_code_live ON q (code) WHERE qty > 0;
INSERT INTO q VALUES (1, 'a', 1), (2, 'a', 0), (4, 'b', 1);`,
);

export default list.cases;
