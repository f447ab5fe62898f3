// MERGE (PostgreSQL 15: MERGE reference page, 15.x).
const STOCK = `CREATE TABLE stock (item text PRIMARY KEY, qty int NOT NULL CHECK (qty >= 0));
INSERT INTO stock VALUES ('a', 10), ('b', 3), ('c', 5);
CREATE TABLE delta (item text, change int);
INSERT INTO delta VALUES ('a', 5), ('b', -3), ('d', 7);`;

const MERGE_LOG = `${STOCK}
CREATE TABLE log (n serial, what text);
CREATE FUNCTION log_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO log (what) VALUES (TG_WHEN || ' ' || TG_LEVEL || ' ' || TG_OP);
  IF TG_LEVEL = 'ROW' THEN
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END IF;
  RETURN NULL;
END $$;`;

export const mergeCases = [
  {
    name: 'merge: update matched, insert not matched, row count and final rows',
    setup: STOCK,
    steps: [
      `MERGE INTO stock s USING delta d ON s.item = d.item
       WHEN MATCHED THEN UPDATE SET qty = s.qty + d.change
       WHEN NOT MATCHED THEN INSERT VALUES (d.item, d.change)`,
      'SELECT item, qty FROM stock ORDER BY item',
    ],
  },
  {
    name: 'merge: WHEN MATCHED AND condition THEN DELETE before an unconditional UPDATE',
    setup: STOCK,
    steps: [
      `MERGE INTO stock s USING delta d ON s.item = d.item
       WHEN MATCHED AND s.qty + d.change <= 0 THEN DELETE
       WHEN MATCHED THEN UPDATE SET qty = s.qty + d.change
       WHEN NOT MATCHED THEN INSERT (item, qty) VALUES (d.item, d.change)`,
      'SELECT item, qty FROM stock ORDER BY item',
    ],
  },
  {
    name: 'merge: DO NOTHING rows are not counted',
    setup: STOCK,
    steps: [
      `MERGE INTO stock s USING delta d ON s.item = d.item
       WHEN MATCHED AND d.change < 0 THEN DO NOTHING
       WHEN MATCHED THEN UPDATE SET qty = s.qty + d.change
       WHEN NOT MATCHED THEN DO NOTHING`,
      'SELECT item, qty FROM stock ORDER BY item',
    ],
  },
  {
    name: 'merge: a target row matched twice is 21000',
    setup: `${STOCK} INSERT INTO delta VALUES ('a', 1);`,
    steps: [
      `MERGE INTO stock s USING delta d ON s.item = d.item
       WHEN MATCHED THEN UPDATE SET qty = s.qty + d.change`,
      'SELECT item, qty FROM stock ORDER BY item',
    ],
  },
  {
    name: 'merge: a row matched twice where no action applies is not an error',
    setup: `${STOCK} INSERT INTO delta VALUES ('a', 1);`,
    steps: [
      `MERGE INTO stock s USING delta d ON s.item = d.item
       WHEN MATCHED AND d.change > 100 THEN UPDATE SET qty = 0`,
    ],
  },
  {
    name: 'merge: a CTE as the source',
    setup: STOCK,
    steps: [
      `WITH src AS (SELECT item, sum(change) AS change FROM delta GROUP BY item)
       MERGE INTO stock s USING src ON s.item = src.item
       WHEN MATCHED THEN UPDATE SET qty = s.qty + src.change
       WHEN NOT MATCHED THEN INSERT VALUES (src.item, src.change)`,
      'SELECT item, qty FROM stock ORDER BY item',
    ],
  },
  {
    name: 'merge: a VALUES source with typed parameters',
    setup: STOCK,
    steps: [
      {
        sql: `MERGE INTO stock s USING (VALUES ($1::text, $2::int)) AS d(item, change) ON s.item = d.item
              WHEN MATCHED THEN UPDATE SET qty = s.qty + d.change
              WHEN NOT MATCHED THEN INSERT VALUES (d.item, d.change)`,
        params: ['b', '4'],
      },
      {
        sql: `MERGE INTO stock s USING (VALUES ($1::text, $2::int)) AS d(item, change) ON s.item = d.item
              WHEN MATCHED THEN UPDATE SET qty = s.qty + d.change
              WHEN NOT MATCHED THEN INSERT VALUES (d.item, d.change)`,
        params: ['q', '9'],
      },
      'SELECT item, qty FROM stock ORDER BY item',
    ],
  },
  {
    name: 'merge: a VALUES source with untyped parameters resolves them to text',
    setup: STOCK,
    steps: [
      {
        sql: `MERGE INTO stock s USING (VALUES ($1, $2)) AS d(item, change) ON s.item = d.item
              WHEN MATCHED THEN UPDATE SET qty = s.qty + d.change`,
        params: ['b', '4'],
      },
    ],
  },
  {
    name: 'merge: a parameter in a WHEN condition',
    setup: STOCK,
    steps: [
      {
        sql: `MERGE INTO stock s USING delta d ON s.item = d.item
              WHEN MATCHED AND s.qty > $1 THEN DELETE`,
        params: ['4'],
      },
      'SELECT item, qty FROM stock ORDER BY item',
    ],
  },
  {
    name: 'merge: WHEN NOT MATCHED AND conditions are tried in order',
    setup: STOCK,
    steps: [
      `MERGE INTO stock s USING (VALUES ('x', 1), ('y', 50), ('z', -1)) d(item, change) ON s.item = d.item
       WHEN NOT MATCHED AND d.change < 0 THEN DO NOTHING
       WHEN NOT MATCHED AND d.change > 10 THEN INSERT VALUES (d.item, 10)
       WHEN NOT MATCHED THEN INSERT VALUES (d.item, d.change)`,
      'SELECT item, qty FROM stock ORDER BY item',
    ],
  },
  {
    name: 'merge: an update that breaks a check constraint is 23514',
    setup: STOCK,
    steps: [
      `MERGE INTO stock s USING (VALUES ('b', -10)) d(item, change) ON s.item = d.item
       WHEN MATCHED THEN UPDATE SET qty = s.qty + d.change`,
      'SELECT item, qty FROM stock ORDER BY item',
    ],
  },
  {
    name: 'merge: an unconditional WHEN MATCHED before another is 42601',
    setup: STOCK,
    steps: [
      `MERGE INTO stock s USING delta d ON s.item = d.item
       WHEN MATCHED THEN DELETE WHEN MATCHED AND d.change > 0 THEN UPDATE SET qty = 1`,
    ],
  },
  {
    name: 'merge: INSERT under WHEN MATCHED is a syntax error',
    setup: STOCK,
    steps: [`MERGE INTO stock s USING delta d ON s.item = d.item WHEN MATCHED THEN INSERT VALUES ('q', 1)`],
  },
  {
    name: 'merge: RETURNING is a syntax error in 15',
    setup: STOCK,
    steps: [
      `MERGE INTO stock s USING delta d ON s.item = d.item
       WHEN MATCHED THEN UPDATE SET qty = 0 RETURNING s.item`,
      'SELECT item, qty FROM stock ORDER BY item',
    ],
  },
  {
    name: 'merge: WHEN NOT MATCHED BY TARGET is a syntax error in 15',
    setup: STOCK,
    steps: [
      `MERGE INTO stock s USING delta d ON s.item = d.item
       WHEN NOT MATCHED BY TARGET THEN INSERT VALUES (d.item, 0)`,
    ],
  },
  {
    name: 'merge: a view as the target is refused in 15',
    setup: `${STOCK} CREATE VIEW v AS SELECT * FROM stock;`,
    steps: [
      `MERGE INTO v USING delta d ON v.item = d.item WHEN MATCHED THEN UPDATE SET qty = 0`,
      'SELECT item, qty FROM stock ORDER BY item',
    ],
  },
  {
    name: 'merge: a target column in the NOT MATCHED INSERT is an error',
    setup: STOCK,
    steps: [
      `MERGE INTO stock s USING delta d ON s.item = d.item
       WHEN NOT MATCHED THEN INSERT VALUES (d.item, s.qty)`,
    ],
  },
  {
    name: 'merge: row and statement triggers fire for each action kind',
    setup: `${MERGE_LOG}
      CREATE TRIGGER s_before BEFORE INSERT OR UPDATE OR DELETE ON stock FOR EACH STATEMENT EXECUTE FUNCTION log_row();
      CREATE TRIGGER r_before BEFORE INSERT OR UPDATE OR DELETE ON stock FOR EACH ROW EXECUTE FUNCTION log_row();
      CREATE TRIGGER s_after AFTER INSERT OR UPDATE OR DELETE ON stock FOR EACH STATEMENT EXECUTE FUNCTION log_row();`,
    steps: [
      `MERGE INTO stock s USING delta d ON s.item = d.item
       WHEN MATCHED AND d.change < 0 THEN DELETE
       WHEN MATCHED THEN UPDATE SET qty = s.qty + d.change
       WHEN NOT MATCHED THEN INSERT VALUES (d.item, d.change)`,
      'SELECT what, count(*) FROM log GROUP BY what ORDER BY what',
    ],
  },
  {
    name: 'merge: statement triggers fire for actions that touch no row',
    setup: `${MERGE_LOG}
      CREATE TRIGGER s_before BEFORE INSERT OR UPDATE OR DELETE ON stock FOR EACH STATEMENT EXECUTE FUNCTION log_row();`,
    steps: [
      `MERGE INTO stock s USING (SELECT 'nope' AS item) d ON s.item = d.item
       WHEN MATCHED THEN DELETE`,
      'SELECT what FROM log ORDER BY n',
    ],
  },
  {
    name: 'merge: a BEFORE ROW trigger returning NULL skips the row and its count',
    setup: `${STOCK}
      CREATE FUNCTION skip() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
      CREATE TRIGGER sk BEFORE UPDATE ON stock FOR EACH ROW EXECUTE FUNCTION skip();`,
    steps: [
      `MERGE INTO stock s USING delta d ON s.item = d.item
       WHEN MATCHED THEN UPDATE SET qty = 0 WHEN NOT MATCHED THEN INSERT VALUES (d.item, 1)`,
      'SELECT item, qty FROM stock ORDER BY item',
    ],
  },
  {
    name: 'merge: into a partitioned table routes inserts',
    setup: `CREATE TABLE m (k int PRIMARY KEY, v text) PARTITION BY RANGE (k);
      CREATE TABLE m_lo PARTITION OF m FOR VALUES FROM (0) TO (10);
      CREATE TABLE m_hi PARTITION OF m FOR VALUES FROM (10) TO (100);
      INSERT INTO m VALUES (1, 'one');`,
    steps: [
      `MERGE INTO m USING (VALUES (1, 'uno'), (20, 'veinte')) s(k, v) ON m.k = s.k
       WHEN MATCHED THEN UPDATE SET v = s.v WHEN NOT MATCHED THEN INSERT VALUES (s.k, s.v)`,
      'SELECT tableoid::regclass::text AS part, k, v FROM m ORDER BY k',
    ],
  },
  {
    name: 'merge: an identity column with OVERRIDING SYSTEM VALUE',
    setup: `CREATE TABLE g (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v text);`,
    steps: [
      `MERGE INTO g USING (VALUES (7, 'x')) s(id, v) ON g.id = s.id
       WHEN NOT MATCHED THEN INSERT (id, v) OVERRIDING SYSTEM VALUE VALUES (s.id, s.v)`,
      `MERGE INTO g USING (VALUES (8, 'y')) s(id, v) ON g.id = s.id
       WHEN NOT MATCHED THEN INSERT (id, v) VALUES (s.id, s.v)`,
      `MERGE INTO g USING (VALUES ('z')) s(v) ON false WHEN NOT MATCHED THEN INSERT (v) VALUES (s.v)`,
      'SELECT id, v FROM g ORDER BY id',
    ],
  },
  {
    name: 'merge: updating a generated column is 428C9',
    setup: `CREATE TABLE r (id int PRIMARY KEY, w int, dbl int GENERATED ALWAYS AS (w * 2) STORED);
      INSERT INTO r (id, w) VALUES (1, 5);`,
    steps: [
      `MERGE INTO r USING (VALUES (1)) s(id) ON r.id = s.id WHEN MATCHED THEN UPDATE SET dbl = 0`,
      `MERGE INTO r USING (VALUES (1)) s(id) ON r.id = s.id WHEN MATCHED THEN UPDATE SET w = 21`,
      'SELECT * FROM r',
    ],
  },
  {
    name: 'merge: an AFTER statement trigger with a NEW TABLE transition table',
    setup: `${STOCK}
      CREATE TABLE audit (n int);
      CREATE FUNCTION count_new() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO audit SELECT count(*) FROM new_rows; RETURN NULL; END $$;
      CREATE TRIGGER cn AFTER INSERT ON stock REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_new();`,
    steps: [
      `MERGE INTO stock s USING delta d ON s.item = d.item WHEN NOT MATCHED THEN INSERT VALUES (d.item, 1)`,
      'SELECT n FROM audit',
    ],
  },
];
