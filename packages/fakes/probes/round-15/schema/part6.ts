// Constraints (5.4, SET CONSTRAINTS, ALTER TABLE ... VALIDATE) and partitioned tables (5.11).
export const constraintCases = [
  {
    name: 'constraint: a deferred unique allows a swap inside a transaction',
    setup:
      'CREATE TABLE pos (id int PRIMARY KEY, slot int UNIQUE DEFERRABLE INITIALLY DEFERRED); INSERT INTO pos VALUES (1, 1), (2, 2);',
    steps: [
      'BEGIN',
      'UPDATE pos SET slot = 2 WHERE id = 1',
      'UPDATE pos SET slot = 1 WHERE id = 2',
      'COMMIT',
      'SELECT id, slot FROM pos ORDER BY id',
    ],
  },
  {
    name: 'constraint: a deferred unique violation is reported at COMMIT',
    setup:
      'CREATE TABLE pos (id int PRIMARY KEY, slot int UNIQUE DEFERRABLE INITIALLY DEFERRED); INSERT INTO pos VALUES (1, 1), (2, 2);',
    steps: [
      'BEGIN',
      'UPDATE pos SET slot = 2 WHERE id = 1',
      'COMMIT',
      'SELECT id, slot FROM pos ORDER BY id',
    ],
  },
  {
    name: 'constraint: a non-deferrable unique fails a shifting update mid-statement',
    setup: 'CREATE TABLE seq (n int UNIQUE); INSERT INTO seq VALUES (1), (2), (3);',
    steps: ['UPDATE seq SET n = n + 1', 'SELECT n FROM seq ORDER BY n'],
  },
  {
    name: 'constraint: a deferrable initially immediate unique is checked at statement end',
    setup: 'CREATE TABLE seq (n int UNIQUE DEFERRABLE); INSERT INTO seq VALUES (1), (2), (3);',
    steps: ['UPDATE seq SET n = n + 1', 'SELECT n FROM seq ORDER BY n', 'UPDATE seq SET n = 2'],
  },
  {
    name: 'constraint: SET CONSTRAINTS ALL IMMEDIATE checks pending rows',
    setup:
      'CREATE TABLE pos (id int PRIMARY KEY, slot int CONSTRAINT pos_slot_key UNIQUE DEFERRABLE INITIALLY DEFERRED); INSERT INTO pos VALUES (1, 1), (2, 2);',
    steps: ['BEGIN', 'UPDATE pos SET slot = 2 WHERE id = 1', 'SET CONSTRAINTS ALL IMMEDIATE', 'ROLLBACK'],
  },
  {
    name: 'constraint: SET CONSTRAINTS name DEFERRED for a deferrable immediate constraint',
    setup:
      'CREATE TABLE pos (id int PRIMARY KEY, slot int CONSTRAINT slot_u UNIQUE DEFERRABLE INITIALLY IMMEDIATE); INSERT INTO pos VALUES (1, 1), (2, 2);',
    steps: [
      'BEGIN',
      'SET CONSTRAINTS slot_u DEFERRED',
      'UPDATE pos SET slot = 2 WHERE id = 1',
      'UPDATE pos SET slot = 1 WHERE id = 2',
      'COMMIT',
      'UPDATE pos SET slot = 1 WHERE id = 1',
    ],
  },
  {
    name: 'constraint: SET CONSTRAINTS on a non-deferrable constraint is an error',
    setup: 'CREATE TABLE pos (id int PRIMARY KEY, slot int CONSTRAINT slot_u UNIQUE);',
    steps: [
      'BEGIN',
      'SET CONSTRAINTS slot_u DEFERRED',
      'ROLLBACK',
      'BEGIN',
      'SET CONSTRAINTS nope DEFERRED',
      'ROLLBACK',
    ],
  },
  {
    name: 'constraint: a deferred foreign key allows child before parent',
    setup: `CREATE TABLE parent (id int PRIMARY KEY);
      CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent DEFERRABLE INITIALLY DEFERRED);`,
    steps: [
      'BEGIN',
      'INSERT INTO child VALUES (1, 10)',
      'INSERT INTO parent VALUES (10)',
      'COMMIT',
      'SELECT count(*) FROM child',
    ],
  },
  {
    name: 'constraint: a deferred foreign key violation at COMMIT is 23503',
    setup: `CREATE TABLE parent (id int PRIMARY KEY);
      CREATE TABLE child (id int PRIMARY KEY, parent_id int CONSTRAINT child_parent_fk REFERENCES parent DEFERRABLE INITIALLY DEFERRED);`,
    steps: ['BEGIN', 'INSERT INTO child VALUES (1, 10)', 'COMMIT', 'SELECT count(*) FROM child'],
  },
  {
    name: 'constraint: ON DELETE SET NULL with a column list keeps the tenant',
    setup: `CREATE TABLE tenant (id int PRIMARY KEY);
      CREATE TABLE folder (tenant_id int REFERENCES tenant, id int, PRIMARY KEY (tenant_id, id));
      CREATE TABLE doc (tenant_id int NOT NULL REFERENCES tenant, id int, folder_id int,
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, folder_id) REFERENCES folder ON DELETE SET NULL (folder_id));
      INSERT INTO tenant VALUES (1); INSERT INTO folder VALUES (1, 10); INSERT INTO doc VALUES (1, 100, 10);`,
    steps: ['DELETE FROM folder WHERE id = 10', 'SELECT tenant_id, id, folder_id FROM doc'],
  },
  {
    name: 'constraint: ON DELETE SET DEFAULT with a column list',
    setup: `CREATE TABLE tenant (id int PRIMARY KEY);
      CREATE TABLE folder (tenant_id int REFERENCES tenant, id int, PRIMARY KEY (tenant_id, id));
      CREATE TABLE doc (tenant_id int NOT NULL, id int, folder_id int DEFAULT 0,
        FOREIGN KEY (tenant_id, folder_id) REFERENCES folder ON DELETE SET DEFAULT (folder_id));
      INSERT INTO tenant VALUES (1); INSERT INTO folder VALUES (1, 0), (1, 10); INSERT INTO doc VALUES (1, 100, 10);`,
    steps: [
      'DELETE FROM folder WHERE id = 10',
      'SELECT tenant_id, id, folder_id FROM doc',
      'DELETE FROM folder WHERE id = 0',
    ],
  },
  {
    name: 'constraint: ON DELETE CASCADE and ON UPDATE CASCADE',
    setup: `CREATE TABLE p (id int PRIMARY KEY);
      CREATE TABLE c (id int, pid int REFERENCES p ON DELETE CASCADE ON UPDATE CASCADE);
      INSERT INTO p VALUES (1), (2); INSERT INTO c VALUES (1, 1), (2, 2), (3, 2);`,
    steps: [
      'UPDATE p SET id = 20 WHERE id = 2',
      'SELECT id, pid FROM c ORDER BY id',
      'DELETE FROM p WHERE id = 20',
      'SELECT id, pid FROM c ORDER BY id',
    ],
  },
  {
    name: 'constraint: RESTRICT is not deferred but NO ACTION is',
    setup: `CREATE TABLE p (id int PRIMARY KEY);
      CREATE TABLE c1 (pid int REFERENCES p ON DELETE NO ACTION DEFERRABLE INITIALLY DEFERRED);
      CREATE TABLE c2 (pid int REFERENCES p ON DELETE RESTRICT);
      INSERT INTO p VALUES (1), (2); INSERT INTO c1 VALUES (1); INSERT INTO c2 VALUES (2);`,
    steps: [
      'BEGIN',
      'DELETE FROM p WHERE id = 1',
      'INSERT INTO p VALUES (1)',
      'COMMIT',
      'BEGIN',
      'DELETE FROM p WHERE id = 2',
      'ROLLBACK',
    ],
  },
  {
    name: 'constraint: UNIQUE NULLS NOT DISTINCT rejects a second NULL',
    setup: 'CREATE TABLE u (email text UNIQUE NULLS NOT DISTINCT);',
    steps: ['INSERT INTO u VALUES (NULL)', 'INSERT INTO u VALUES (NULL)', 'SELECT count(*) FROM u'],
  },
  {
    name: 'constraint: NULLS NOT DISTINCT on a composite key',
    setup: 'CREATE TABLE u (a int, b int, UNIQUE NULLS NOT DISTINCT (a, b));',
    steps: [
      'INSERT INTO u VALUES (1, NULL)',
      'INSERT INTO u VALUES (2, NULL)',
      'INSERT INTO u VALUES (1, NULL)',
      { sql: 'INSERT INTO u VALUES ($1, $2)', params: [null, null] },
      { sql: 'INSERT INTO u VALUES ($1, $2)', params: [null, null] },
    ],
  },
  {
    name: 'constraint: a NULLS NOT DISTINCT unique index and ON CONFLICT',
    setup:
      'CREATE TABLE u (k text, v int); CREATE UNIQUE INDEX u_k ON u (k) NULLS NOT DISTINCT; INSERT INTO u VALUES (NULL, 1);',
    steps: [
      'INSERT INTO u VALUES (NULL, 2) ON CONFLICT (k) DO UPDATE SET v = u.v + EXCLUDED.v RETURNING v',
      'INSERT INTO u VALUES (NULL, 5) ON CONFLICT DO NOTHING',
      'SELECT k, v FROM u',
    ],
  },
  {
    name: 'constraint: a CHECK NOT VALID ignores existing rows but checks new ones',
    setup: 'CREATE TABLE t (v int); INSERT INTO t VALUES (-1), (5);',
    steps: [
      'ALTER TABLE t ADD CONSTRAINT t_pos CHECK (v > 0)',
      'ALTER TABLE t ADD CONSTRAINT t_pos CHECK (v > 0) NOT VALID',
      'INSERT INTO t VALUES (-2)',
      'UPDATE t SET v = v',
      "SELECT conname, convalidated FROM pg_constraint WHERE conname = 't_pos'",
    ],
  },
  {
    name: 'constraint: VALIDATE CONSTRAINT fails until rows are fixed',
    setup:
      'CREATE TABLE t (v int); INSERT INTO t VALUES (-1), (5); ALTER TABLE t ADD CONSTRAINT t_pos CHECK (v > 0) NOT VALID;',
    steps: [
      'ALTER TABLE t VALIDATE CONSTRAINT t_pos',
      'UPDATE t SET v = 1 WHERE v < 0',
      'ALTER TABLE t VALIDATE CONSTRAINT t_pos',
      "SELECT convalidated FROM pg_constraint WHERE conname = 't_pos'",
      'ALTER TABLE t VALIDATE CONSTRAINT nope',
    ],
  },
  {
    name: 'constraint: a foreign key NOT VALID then VALIDATE',
    setup:
      'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int); INSERT INTO p VALUES (1); INSERT INTO c VALUES (1), (2);',
    steps: [
      'ALTER TABLE c ADD CONSTRAINT c_fk FOREIGN KEY (pid) REFERENCES p',
      'ALTER TABLE c ADD CONSTRAINT c_fk FOREIGN KEY (pid) REFERENCES p NOT VALID',
      'INSERT INTO c VALUES (3)',
      'ALTER TABLE c VALIDATE CONSTRAINT c_fk',
      'DELETE FROM c WHERE pid = 2',
      'ALTER TABLE c VALIDATE CONSTRAINT c_fk',
    ],
  },
  {
    name: 'constraint: the default name of a check constraint and its fields',
    setup: 'CREATE TABLE t (qty int CHECK (qty >= 0), price numeric CONSTRAINT price_ok CHECK (price > 0));',
    steps: [
      'INSERT INTO t VALUES (-1, 1)',
      'INSERT INTO t VALUES (1, 0)',
      { sql: 'INSERT INTO t VALUES ($1, $2)', params: ['-3', '2'] },
    ],
  },
  {
    name: 'constraint: several failing checks report the first by name',
    setup:
      'CREATE TABLE t (v int, CONSTRAINT z_check CHECK (v > 10), CONSTRAINT a_check CHECK (v > 100), CONSTRAINT m_check CHECK (v > 5));',
    steps: ['INSERT INTO t VALUES (1)', 'INSERT INTO t VALUES (50)'],
  },
  {
    name: 'constraint: a deferrable exclusion constraint checked at commit',
    setup:
      "CREATE TABLE r (during int4range, EXCLUDE USING gist (during WITH &&) DEFERRABLE INITIALLY DEFERRED); INSERT INTO r VALUES ('[1,5)');",
    steps: [
      'BEGIN',
      "INSERT INTO r VALUES ('[3,8)')",
      "UPDATE r SET during = '[5,8)' WHERE during = '[3,8)'",
      'COMMIT',
      'BEGIN',
      "INSERT INTO r VALUES ('[0,2)')",
      'COMMIT',
      'SELECT count(*) FROM r',
    ],
  },
  {
    name: 'constraint: ON CONFLICT against a deferrable unique is an error',
    setup: 'CREATE TABLE u (k int UNIQUE DEFERRABLE INITIALLY DEFERRED); INSERT INTO u VALUES (1);',
    steps: [
      'INSERT INTO u VALUES (1) ON CONFLICT (k) DO NOTHING',
      'INSERT INTO u VALUES (1) ON CONFLICT DO NOTHING',
    ],
  },
];

const MEASURE = `CREATE TABLE measure (city int NOT NULL, logdate date NOT NULL, temp int) PARTITION BY RANGE (logdate);
CREATE TABLE measure_2024 PARTITION OF measure FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measure_2025 PARTITION OF measure FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');`;

export const partitionCases = [
  {
    name: 'partition: range routing and tableoid',
    setup: MEASURE,
    steps: [
      "INSERT INTO measure VALUES (1, '2024-06-01', 20), (1, '2025-06-01', 25), (2, '2024-12-31', 0)",
      'SELECT tableoid::regclass::text AS part, count(*) FROM measure GROUP BY 1 ORDER BY 1',
    ],
  },
  {
    name: 'partition: no partition for a row is 23514',
    setup: MEASURE,
    steps: ["INSERT INTO measure VALUES (1, '2030-01-01', 20)", 'SELECT count(*) FROM measure'],
  },
  {
    name: 'partition: a parameter routed to a partition',
    setup: MEASURE,
    steps: [
      {
        sql: 'INSERT INTO measure VALUES ($1, $2, $3) RETURNING tableoid::regclass::text AS part',
        params: ['3', '2025-02-02', '5'],
      },
      { sql: 'INSERT INTO measure VALUES ($1, $2, $3)', params: ['3', '1999-02-02', '5'] },
    ],
  },
  {
    name: 'partition: a default partition catches the rest',
    setup: `${MEASURE} CREATE TABLE measure_other PARTITION OF measure DEFAULT;`,
    steps: [
      "INSERT INTO measure VALUES (1, '2030-01-01', 20) RETURNING tableoid::regclass::text AS part",
      "CREATE TABLE measure_2030 PARTITION OF measure FOR VALUES FROM ('2030-01-01') TO ('2031-01-01')",
    ],
  },
  {
    name: 'partition: list partitions with NULL in a list',
    setup:
      "CREATE TABLE o (region text, n int) PARTITION BY LIST (region); CREATE TABLE o_eu PARTITION OF o FOR VALUES IN ('de', 'fr'); CREATE TABLE o_none PARTITION OF o FOR VALUES IN (NULL);",
    steps: [
      "INSERT INTO o VALUES ('fr', 1), (NULL, 2) RETURNING tableoid::regclass::text AS part, n",
      "INSERT INTO o VALUES ('us', 3)",
    ],
  },
  {
    name: 'partition: an update moves a row across partitions',
    setup: `${MEASURE} INSERT INTO measure VALUES (1, '2024-06-01', 20);`,
    steps: [
      "UPDATE measure SET logdate = '2025-06-01' RETURNING tableoid::regclass::text AS part",
      "UPDATE measure SET logdate = '2040-01-01'",
      'SELECT logdate FROM measure',
    ],
  },
  {
    name: 'partition: a primary key must include the partition key',
    steps: [
      'CREATE TABLE pk (id int PRIMARY KEY, d date) PARTITION BY RANGE (d)',
      'CREATE TABLE pk2 (id int, d date, PRIMARY KEY (id, d)) PARTITION BY RANGE (d)',
    ],
  },
  {
    name: 'partition: hash partition routing',
    setup:
      'CREATE TABLE h (k int) PARTITION BY HASH (k); CREATE TABLE h0 PARTITION OF h FOR VALUES WITH (MODULUS 2, REMAINDER 0); CREATE TABLE h1 PARTITION OF h FOR VALUES WITH (MODULUS 2, REMAINDER 1);',
    steps: [
      'INSERT INTO h SELECT generate_series(1, 10)',
      'SELECT tableoid::regclass::text AS part, array_agg(k ORDER BY k) AS ks FROM h GROUP BY 1 ORDER BY 1',
    ],
  },
];
