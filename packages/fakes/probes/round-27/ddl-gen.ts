// Round 27: generated migrations. A seeded generator of 3 to 8 schema changes after PostgreSQL 15's
// ALTER TABLE, CREATE INDEX, ALTER SEQUENCE and chapter 5.4-5.6 (columns added with constant and
// volatile defaults, NOT NULL over existing NULLs, columns dropped and added back, renames, type
// changes with and without USING, defaults and NOT NULL set and dropped, CHECK/UNIQUE/FOREIGN KEY
// added over violating rows and NOT VALID then validated, unique/partial/expression/INCLUDE indexes
// over duplicates, serial and identity columns added to tables with rows, generated columns, enums
// and domains, a second table that points at the first, transactional DDL rolled back) on one or
// two tables that already hold rows, each followed by a read-back: the rows in key order, an INSERT
// that meets the new defaults and constraints, and the catalog as migration tools read it
// (information_schema.columns, pg_attribute, pg_constraint with pg_get_constraintdef, pg_indexes,
// pg_get_serial_sequence, pg_sequences). Deterministic from the seed.

import { SeededRandom } from '@seams/contracts';
import type { ProbeCase, ProbeStep } from '../probe-kit.js';

type Kind = 'int' | 'text' | 'other';

/** What the generator believes the table looks like, so that most steps name columns that exist. */
interface Model {
  table: string;
  readonly cols: Map<string, Kind>;
  readonly constraints: string[];
  readonly indexes: string[];
  readonly sequences: string[];
  readonly identity: string[];
  added: number;
  readonly parent: boolean;
}

/**
 * `full` draws from every construct; `plain` only from the kinds of step pg-mem does not refuse
 * as a whole (and no parent table), so that its answers to those get measured; `wide` adds sequences
 * as migrations alter them, SET SCHEMA, index options, inheritance, deferrable constraints, dropped
 * columns' attnums and a wider catalog read-back; `lean` is made of the single changes pg-mem takes
 * (constant defaults, NOT NULL, unique constraints and plain indexes, renames of the table, writes),
 * also batched in one ALTER TABLE, read back by the catalog queries it answers.
 */
export type Profile = 'full' | 'plain' | 'wide' | 'lean';

function setupOf(r: SeededRandom, profile: Profile): { setup: string; model: Model } {
  const parent = (profile === 'full' || profile === 'wide') && r.chance(0.5);
  const cols = new Map<string, Kind>([
    ['id', 'int'],
    ['name', 'text'],
    ['qty', 'int'],
    ['note', 'text'],
  ]);
  const rows = [
    "(1, 'apple', 3, '10')",
    "(2, 'Apple', NULL, 'x')",
    "(3, 'pear', -1, NULL)",
    "(4, 'apple', 0, '7')",
    "(5, NULL, 12, '')",
  ];
  const pids = ['1', '2', '9', 'NULL', '1'];
  const count = r.int(2, 5);
  let setup = `CREATE TABLE t (id int PRIMARY KEY, name text, qty int, note text${parent ? ', pid int' : ''});`;
  const chosen = rows.slice(0, count).map((row, k) => (parent ? row.replace(/\)$/, `, ${pids[k]})`) : row));
  if (parent) cols.set('pid', 'int');
  setup += ` INSERT INTO t VALUES ${chosen.join(', ')};`;
  if (parent)
    setup = `CREATE TABLE p (id int PRIMARY KEY, label text); INSERT INTO p VALUES (1, 'one'), (2, 'two'); ${setup}`;
  return {
    setup,
    model: {
      table: 't',
      cols,
      constraints: ['t_pkey'],
      indexes: ['t_pkey'],
      sequences: [],
      identity: [],
      added: 0,
      parent,
    },
  };
}

function colOf(r: SeededRandom, m: Model, kind?: 'int' | 'text'): string {
  const names = [...m.cols].filter(([, k]) => kind === undefined || k === kind).map(([n]) => n);
  return names.length === 0 ? (kind === 'text' ? 'name' : 'qty') : r.pick(names);
}

const CONST_DEFAULTS = [
  ['int', '0'],
  ['int', '42'],
  ['text', "'none'"],
  ['boolean', 'true'],
  ['numeric(6,2)', '1.5'],
  ['varchar(5)', "'abc'"],
  ['date', "'2024-01-02'"],
  ['int[]', "'{1,2}'"],
  ['jsonb', `'{"a": 1}'`],
  ['text', "'a' || 'b'"],
  ['int', '-1'],
] as const;

/** Volatile defaults whose values are still the same on every run. */
const VOLATILE_DEFAULTS = [
  ['boolean', '(random() < 2)'],
  ['int', "nextval('mig_seq')"],
  ['int', '(length(gen_random_uuid()::text))'],
  ['boolean', "(clock_timestamp() > '2000-01-01')"],
] as const;

/** The kinds whose statements pg-mem does not refuse as a whole. */
const PLAIN_KINDS = [0, 1, 3, 4, 7, 11, 12, 15, 17, 18, 19, 25, 26, 34, 40, 41, 43, 44];

function kindOfType(type: string): Kind {
  const bare = type.split(' ')[0] ?? type;
  if (bare === 'text' || bare.startsWith('varchar') || bare.startsWith('char')) return 'text';
  if (bare === 'int' || bare === 'bigint' || bare === 'smallint') return 'int';
  return 'other';
}

function step(r: SeededRandom, m: Model, profile: Profile): ProbeStep[] {
  const t = m.table;
  if (profile === 'lean') return leanStep(r, m);
  const kind =
    profile === 'plain'
      ? r.pick(PLAIN_KINDS)
      : profile === 'wide' && r.chance(0.5)
        ? r.int(45, 60)
        : r.int(0, 44);
  switch (kind) {
    case 0:
    case 1: {
      const [type, def] = r.pick(CONST_DEFAULTS);
      const name = `c${++m.added}`;
      m.cols.set(name, kindOfType(type));
      const nn = r.chance(0.3) ? ' NOT NULL' : '';
      return [`ALTER TABLE ${t} ADD COLUMN ${name} ${type}${r.chance(0.8) ? ` DEFAULT ${def}` : ''}${nn}`];
    }
    case 2: {
      const [type, def] = r.pick(VOLATILE_DEFAULTS);
      const name = `v${++m.added}`;
      m.cols.set(name, kindOfType(type));
      const pre = def.includes('mig_seq') ? ['CREATE SEQUENCE IF NOT EXISTS mig_seq'] : [];
      return [
        ...pre,
        `ALTER TABLE ${t} ADD COLUMN ${name} ${type} DEFAULT ${def}${r.chance(0.3) ? ' NOT NULL' : ''}`,
      ];
    }
    case 3:
      return [`ALTER TABLE ${t} ALTER COLUMN ${colOf(r, m)} SET NOT NULL`];
    case 4:
      return [`ALTER TABLE ${t} ALTER COLUMN ${colOf(r, m)} DROP NOT NULL`];
    case 5: {
      // DROP COLUMN then add it back: it comes back last, with a new attnum and NULLs
      const col = r.pick(['name', 'qty', 'note', colOf(r, m)]);
      if (col === 'id') return [`ALTER TABLE ${t} DROP COLUMN ${r.pick(['', 'IF EXISTS '])}zz`];
      const kindOf = m.cols.get(col) ?? 'text';
      m.cols.delete(col);
      const out = [`ALTER TABLE ${t} DROP COLUMN ${col}${r.chance(0.2) ? ' CASCADE' : ''}`];
      if (r.chance(0.7)) {
        m.cols.set(col, kindOf);
        const def = r.chance(0.4) ? ` DEFAULT ${kindOf === 'int' ? '5' : "'back'"}` : '';
        out.push(`ALTER TABLE ${t} ADD COLUMN ${col} ${kindOf === 'int' ? 'int' : 'text'}${def}`);
      }
      return out;
    }
    case 6: {
      const col = colOf(r, m);
      if (col === 'id') return [`ALTER TABLE ${t} RENAME COLUMN id TO id`];
      const to = `${col}_r`;
      const k = m.cols.get(col) ?? 'other';
      m.cols.delete(col);
      m.cols.set(to, k);
      return [`ALTER TABLE ${t} RENAME ${r.pick(['COLUMN ', ''])}${col} TO ${to}`];
    }
    case 7: {
      if (r.chance(0.3)) return [`ALTER TABLE ${t} RENAME COLUMN qty TO name`];
      const to = m.table === 't' ? 'items' : 't';
      m.table = to;
      return [`ALTER TABLE ${t} RENAME TO ${to}`];
    }
    case 8: {
      const from = m.constraints.length > 0 ? r.pick(m.constraints) : 't_pkey';
      const to = `${from}_x`;
      const i = m.constraints.indexOf(from);
      if (i >= 0) m.constraints[i] = to;
      const j = m.indexes.indexOf(from);
      if (j >= 0) m.indexes[j] = to;
      return [`ALTER TABLE ${t} RENAME CONSTRAINT ${from} TO ${to}`];
    }
    case 9:
    case 10: {
      const col = colOf(r, m);
      const k = m.cols.get(col);
      const options =
        k === 'int'
          ? [
              'bigint',
              'text',
              'numeric(4,1)',
              'smallint',
              'boolean',
              `boolean USING ${col} <> 0`,
              'varchar(1)',
              'real',
              `text USING ${col} || '!'`,
            ]
          : k === 'text'
            ? [
                'int',
                `int USING ${col}::int`,
                `int USING nullif(${col}, '')::int`,
                'varchar(4)',
                'varchar(10)',
                'char(3)',
                `text[] USING ARRAY[${col}]`,
                'jsonb',
                `jsonb USING to_jsonb(${col})`,
                'citext',
                'bytea',
              ]
            : ['text', 'int', `text USING ${col}::text`, 'varchar(2)'];
      const type = r.pick(options);
      m.cols.set(col, kindOfType(type));
      return [`ALTER TABLE ${t} ALTER COLUMN ${col} ${r.pick(['', 'SET DATA '])}TYPE ${type}`];
    }
    case 11: {
      const col = colOf(r, m);
      const k = m.cols.get(col);
      const def =
        k === 'int'
          ? r.pick(['7', '0', "'8'", 'NULL', '1 + 1'])
          : k === 'text'
            ? r.pick(["'d'", "upper('q')", 'NULL', '3'])
            : r.pick(['NULL', "'x'"]);
      return [`ALTER TABLE ${t} ALTER COLUMN ${col} SET DEFAULT ${def}`];
    }
    case 12:
      return [`ALTER TABLE ${t} ALTER COLUMN ${colOf(r, m)} DROP DEFAULT`];
    case 13:
    case 14: {
      // CHECK over existing rows, maybe NOT VALID then VALIDATE
      const col = colOf(r, m, r.pick(['int', 'text']));
      const k = m.cols.get(col);
      const expr =
        k === 'int'
          ? r.pick([`${col} > 0`, `${col} >= -1`, `${col} < 100`, `${col} IS NOT NULL`])
          : r.pick([`${col} <> ''`, `length(${col}) < 6`, `${col} = lower(${col})`]);
      const named = r.chance(0.6);
      const name = named ? `ck${++m.added}` : `${m.table}_${col}_check`;
      m.constraints.push(name);
      const notValid = r.chance(0.4);
      const out = [
        `ALTER TABLE ${t} ADD ${named ? `CONSTRAINT ${name} ` : ''}CHECK (${expr})${notValid ? ' NOT VALID' : ''}`,
      ];
      if (notValid && r.chance(0.6)) {
        if (r.chance(0.5))
          out.push(`UPDATE ${t} SET ${col} = ${k === 'int' ? '1' : "'ok'"} WHERE NOT (${expr})`);
        out.push(`ALTER TABLE ${t} VALIDATE CONSTRAINT ${name}`);
      }
      return out;
    }
    case 15: {
      const col = colOf(r, m, r.pick(['int', 'text']));
      const named = r.chance(0.5);
      const name = named ? `uq${++m.added}` : `${m.table}_${col}_key`;
      m.constraints.push(name);
      m.indexes.push(name);
      const nnd = r.chance(0.2) ? ' NULLS NOT DISTINCT' : '';
      return [
        `ALTER TABLE ${t} ADD ${named ? `CONSTRAINT ${name} ` : ''}UNIQUE${nnd} (${col}${r.chance(0.3) ? ', id' : ''})`,
      ];
    }
    case 16: {
      if (!m.parent) {
        return [
          `ALTER TABLE ${t} ADD CONSTRAINT fk_self FOREIGN KEY (qty) REFERENCES ${t} (id)${r.chance(0.4) ? ' NOT VALID' : ''}`,
        ];
      }
      const name = r.chance(0.5) ? 'fk_p' : `${m.table}_pid_fkey`;
      m.constraints.push(name);
      const notValid = r.chance(0.5);
      const action = r.pick(['', ' ON DELETE CASCADE', ' ON DELETE SET NULL', ' ON UPDATE CASCADE']);
      const named = name === 'fk_p' ? 'CONSTRAINT fk_p ' : '';
      const out = [
        `ALTER TABLE ${t} ADD ${named}FOREIGN KEY (pid) REFERENCES p${r.chance(0.5) ? ' (id)' : ''}${action}${notValid ? ' NOT VALID' : ''}`,
      ];
      if (notValid) {
        if (r.chance(0.5)) out.push(`INSERT INTO ${t} (id, pid) VALUES (60, 77)`);
        if (r.chance(0.5)) out.push(`DELETE FROM ${t} WHERE pid NOT IN (SELECT id FROM p)`);
        if (r.chance(0.6)) out.push(`ALTER TABLE ${t} VALIDATE CONSTRAINT ${name}`);
      }
      if (r.chance(0.3)) out.push('DELETE FROM p WHERE id = 1');
      return out;
    }
    case 17: {
      const name = m.constraints.length > 0 && r.chance(0.8) ? r.pick(m.constraints) : 'no_such';
      if (name !== 'no_such') m.constraints.splice(m.constraints.indexOf(name), 1);
      const k = m.indexes.indexOf(name);
      if (k >= 0) m.indexes.splice(k, 1);
      return [
        `ALTER TABLE ${t} DROP CONSTRAINT ${r.chance(0.3) ? 'IF EXISTS ' : ''}${name}${r.chance(0.2) ? ' CASCADE' : ''}`,
      ];
    }
    case 18:
    case 19: {
      // CREATE [UNIQUE] INDEX: plain, partial, expression, INCLUDE, over duplicates
      const name = `ix${++m.added}`;
      m.indexes.push(name);
      const col = colOf(r, m, r.pick(['int', 'text']));
      const unique = r.chance(0.5) ? 'UNIQUE ' : '';
      const isText = m.cols.get(col) === 'text';
      const target = r.pick([
        `(${col})`,
        `(${col} DESC NULLS LAST)`,
        isText ? `(lower(${col}))` : `((${col} * 2))`,
        `(${col}) INCLUDE (id)`,
        `(${col}) WHERE ${isText ? `${col} <> 'apple'` : `${col} > 0`}`,
        `(${col}, id)`,
        `USING hash (${col})`,
      ]);
      const ine = r.chance(0.2) ? 'IF NOT EXISTS ' : '';
      return [`CREATE ${target.startsWith('USING hash') ? '' : unique}INDEX ${ine}${name} ON ${t} ${target}`];
    }
    case 20: {
      const which = r.int(0, 3);
      if (which === 0) {
        m.cols.set('sn', 'int');
        m.sequences.push(`${m.table}_sn_seq`);
        return [`ALTER TABLE ${t} ADD COLUMN sn ${r.pick(['serial', 'bigserial', 'smallserial'])}`];
      }
      if (which === 1) {
        m.cols.set('gid', 'int');
        m.identity.push('gid');
        const opts = r.chance(0.4) ? ' (START WITH 10 INCREMENT BY 5)' : '';
        return [
          `ALTER TABLE ${t} ADD COLUMN gid ${r.pick(['int', 'bigint'])} GENERATED ${r.pick(['ALWAYS', 'BY DEFAULT'])} AS IDENTITY${opts}`,
        ];
      }
      m.identity.push('id');
      return [
        `ALTER TABLE ${t} ALTER COLUMN id ADD GENERATED ${r.pick(['ALWAYS', 'BY DEFAULT'])} AS IDENTITY${r.chance(0.5) ? ' (START WITH 100)' : ''}`,
      ];
    }
    case 21: {
      const col = m.identity.length > 0 ? r.pick(m.identity) : 'id';
      return [
        r.pick([
          `ALTER TABLE ${t} ALTER COLUMN ${col} RESTART WITH 50`,
          `ALTER TABLE ${t} ALTER COLUMN ${col} RESTART`,
          `ALTER TABLE ${t} ALTER COLUMN ${col} SET INCREMENT BY 10`,
          `ALTER TABLE ${t} ALTER COLUMN ${col} SET GENERATED BY DEFAULT`,
          `ALTER TABLE ${t} ALTER COLUMN ${col} SET GENERATED ALWAYS`,
          `ALTER TABLE ${t} ALTER COLUMN ${col} DROP IDENTITY${r.chance(0.5) ? ' IF EXISTS' : ''}`,
        ]),
      ];
    }
    case 22: {
      m.cols.set('dbl', 'int');
      const src = colOf(r, m, 'int');
      const expr = r.pick([`${src} * 2`, `coalesce(${src}, 0) + 1`, `${src} / 0`]);
      return [
        `ALTER TABLE ${t} ADD COLUMN dbl ${r.pick(['int', 'bigint', 'numeric'])} GENERATED ALWAYS AS (${expr}) STORED`,
      ];
    }
    case 23: {
      const seq = m.sequences.length > 0 ? r.pick(m.sequences) : `${m.table}_id_seq`;
      return [
        r.pick([
          `ALTER SEQUENCE ${seq} RESTART WITH 40`,
          `ALTER SEQUENCE ${seq} INCREMENT BY 3`,
          `ALTER SEQUENCE ${seq} MAXVALUE 3`,
          `ALTER SEQUENCE ${seq} MINVALUE 2 START 2 RESTART`,
          `SELECT setval('${seq}', 20)`,
          `ALTER SEQUENCE ${seq} OWNED BY NONE`,
        ]),
      ];
    }
    case 24: {
      // Transactional DDL rolled back: nothing of it stays (the model is a copy for that reason)
      const copy: Model = {
        ...m,
        cols: new Map(m.cols),
        constraints: [...m.constraints],
        indexes: [...m.indexes],
        sequences: [...m.sequences],
        identity: [...m.identity],
      };
      const inner = step(r, copy, profile);
      return ['BEGIN', ...inner, r.chance(0.8) ? 'ROLLBACK' : 'COMMIT'];
    }
    case 25: {
      const cols = [...m.cols.keys()].filter((c) => c !== 'id');
      const col = cols.length > 0 ? r.pick(cols) : 'name';
      const k = m.cols.get(col);
      const value = k === 'int' ? r.pick(['-5', '3', 'NULL']) : r.pick(["'apple'", "''", 'NULL', "'zz'"]);
      return [`INSERT INTO ${t} (id, ${col}) VALUES (${r.int(20, 29)}, ${value}) RETURNING *`];
    }
    case 26:
      return [
        `UPDATE ${t} SET ${colOf(r, m, 'int')} = ${r.pick(['NULL', '-3', '0', '2'])} WHERE id = ${r.int(1, 3)} RETURNING *`,
      ];
    case 28: {
      // a type change under an index, a CHECK or a default that must follow it
      const col = colOf(r, m, 'int');
      const n = ++m.added;
      const pre = r.pick([
        `CREATE INDEX ix_t${n} ON ${t} (${col})`,
        `ALTER TABLE ${t} ADD CONSTRAINT ck_t${n} CHECK (${col} < 1000)`,
        `ALTER TABLE ${t} ALTER COLUMN ${col} SET DEFAULT 4`,
        `ALTER TABLE ${t} ALTER COLUMN ${col} SET DEFAULT 'x'`,
        `CREATE UNIQUE INDEX ix_t${n} ON ${t} (${col}) WHERE ${col} > 5`,
      ]);
      m.cols.set(col, 'other');
      const type = r.pick(['bigint', 'numeric(8,2)', 'text', `text USING ${col}::text`, 'real', 'int8']);
      return [pre, `ALTER TABLE ${t} ALTER COLUMN ${col} TYPE ${type}`];
    }
    case 29: {
      // several subcommands in one ALTER TABLE: all or nothing
      const a = `c${++m.added}`;
      const b = `c${++m.added}`;
      m.cols.set(a, 'int');
      m.cols.set(b, 'text');
      const third = r.pick([
        'DROP COLUMN note',
        'ALTER COLUMN qty SET NOT NULL',
        `ADD CONSTRAINT ck${m.added} CHECK (${a} > 0)`,
        'ALTER COLUMN name TYPE varchar(3)',
        `ALTER COLUMN ${a} SET DEFAULT 9`,
        'ADD UNIQUE (name)',
      ]);
      if (third === 'DROP COLUMN note') m.cols.delete('note');
      const bDefault = r.chance(0.5) ? " DEFAULT 'z'" : '';
      return [
        `ALTER TABLE ${t} ADD COLUMN ${a} int DEFAULT ${r.pick(['1', '0', 'NULL'])}, ADD COLUMN ${b} text${bDefault}, ${third}`,
      ];
    }
    case 30: {
      m.cols.set('mood', 'other');
      const out = [
        `CREATE TYPE mood AS ENUM ('sad', 'ok')`,
        `ALTER TABLE ${t} ADD COLUMN mood mood${r.chance(0.6) ? " DEFAULT 'ok'" : ''}`,
      ];
      out.push(
        r.pick([
          `ALTER TYPE mood ADD VALUE 'happy'`,
          `ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok'`,
          `ALTER TYPE mood RENAME VALUE 'ok' TO 'fine'`,
          `ALTER TABLE ${t} ALTER COLUMN mood TYPE text`,
          `ALTER TABLE ${t} ALTER COLUMN name TYPE mood`,
          `ALTER TABLE ${t} ALTER COLUMN name TYPE mood USING CASE WHEN name = 'pear' THEN 'sad'::mood ELSE 'ok'::mood END`,
        ]),
      );
      return out;
    }
    case 31: {
      const col = colOf(r, m, 'int');
      return [
        `CREATE DOMAIN posint AS int ${r.pick(['CHECK (VALUE > 0)', 'NOT NULL', 'DEFAULT 3 CHECK (VALUE < 50)'])}`,
        r.pick([
          `ALTER TABLE ${t} ALTER COLUMN ${col} TYPE posint`,
          `ALTER TABLE ${t} ADD COLUMN pz posint`,
          `ALTER TABLE ${t} ADD COLUMN pz posint DEFAULT 7`,
        ]),
      ];
    }
    case 32: {
      const name = `ix${++m.added}`;
      const col = colOf(r, m);
      return [
        `CREATE ${r.pick(['UNIQUE ', ''])}INDEX CONCURRENTLY ${name} ON ${t} (${col})`,
        r.pick([
          `ALTER INDEX ${name} RENAME TO ${name}_r`,
          `DROP INDEX ${name}`,
          `DROP INDEX IF EXISTS nope, ${name}`,
          `ALTER TABLE ${t} ADD CONSTRAINT ${name}_c UNIQUE USING INDEX ${name}`,
          `ALTER TABLE ${t} ADD CONSTRAINT ${name}_c PRIMARY KEY USING INDEX ${name}`,
          `REINDEX INDEX ${name}`,
        ]),
      ];
    }
    case 33: {
      // a second table that points at the first, then a change to the first
      const action = r.pick(['', ' ON DELETE CASCADE', ' ON DELETE SET NULL', ' ON UPDATE CASCADE']);
      const out = [
        `CREATE TABLE u (uid serial PRIMARY KEY, tid int REFERENCES ${t}${action}, w text DEFAULT 'w')`,
        'INSERT INTO u (tid) VALUES (1), (2), (NULL)',
      ];
      out.push(
        r.pick([
          `ALTER TABLE ${t} ALTER COLUMN id TYPE bigint`,
          `DELETE FROM ${t} WHERE id = 1`,
          `UPDATE ${t} SET id = id + 10 WHERE id = 2`,
          `ALTER TABLE ${t} DROP CONSTRAINT ${t}_pkey`,
          `ALTER TABLE ${t} DROP CONSTRAINT ${t}_pkey CASCADE`,
          `DROP TABLE ${t}`,
          `TRUNCATE ${t}`,
          `TRUNCATE ${t} CASCADE`,
          'ALTER TABLE u ALTER COLUMN tid TYPE text',
          'ALTER TABLE u RENAME COLUMN tid TO t_id',
        ]),
      );
      out.push('SELECT * FROM u ORDER BY uid');
      if (r.chance(0.5))
        out.push(
          "SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'u'::regclass ORDER BY 1",
        );
      return out;
    }
    case 34:
      return [
        r.pick([`TRUNCATE ${t} RESTART IDENTITY`, `TRUNCATE ${t}`, `DELETE FROM ${t} WHERE qty IS NULL`]),
      ];
    case 35: {
      const a = `c${++m.added}`;
      m.cols.set(a, 'int');
      const decl = r.pick([
        'int UNIQUE',
        `int CHECK (${a} > 0)`,
        `int DEFAULT 0 CHECK (${a} > 0)`,
        'int DEFAULT 1 UNIQUE',
        'int PRIMARY KEY',
        `int REFERENCES ${t} (id)`,
        `int DEFAULT 1 REFERENCES ${t} (id)`,
        'int CONSTRAINT nn NOT NULL DEFAULT 2',
        'int NULL',
        'int COLLATE "C"',
        `text COLLATE "C" DEFAULT 'q'`,
      ]);
      return [`ALTER TABLE ${t} ADD COLUMN ${a} ${decl}`];
    }
    case 36: {
      const like = r.pick([
        '',
        ' INCLUDING ALL',
        ' INCLUDING DEFAULTS',
        ' INCLUDING CONSTRAINTS INCLUDING INDEXES',
        ' INCLUDING IDENTITY',
        ' INCLUDING GENERATED',
      ]);
      return [
        `CREATE TABLE cp (LIKE ${t}${like})`,
        'INSERT INTO cp (id) VALUES (1) RETURNING *',
        "SELECT column_name, column_default, is_nullable FROM information_schema.columns WHERE table_name = 'cp' ORDER BY ordinal_position",
        "SELECT indexdef FROM pg_indexes WHERE tablename = 'cp' ORDER BY 1",
      ];
    }
    case 37: {
      const col = colOf(r, m);
      return [
        `COMMENT ON COLUMN ${t}.${col} IS 'the ${col}'`,
        r.pick([
          `ALTER TABLE ${t} RENAME COLUMN ${col} TO ${col}2`,
          `ALTER TABLE ${t} ALTER COLUMN ${col} TYPE text`,
        ]),
        `SELECT attname, col_description(attrelid, attnum) AS d FROM pg_attribute WHERE attrelid = '${t}'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
      ];
    }
    case 38: {
      m.sequences.push('own_seq');
      return [
        'CREATE SEQUENCE own_seq START 7',
        `ALTER TABLE ${t} ALTER COLUMN id SET DEFAULT nextval('own_seq')`,
        r.pick([
          `ALTER SEQUENCE own_seq OWNED BY ${t}.id`,
          `ALTER SEQUENCE own_seq OWNED BY ${t}.qty`,
          'DROP SEQUENCE own_seq',
          'DROP SEQUENCE own_seq CASCADE',
        ]),
      ];
    }
    case 39: {
      // a generated column that another change then meets
      m.cols.set('g', 'int');
      return [
        `ALTER TABLE ${t} ADD COLUMN g int GENERATED ALWAYS AS (coalesce(qty, 0) * 10) STORED`,
        r.pick([
          `ALTER TABLE ${t} ALTER COLUMN qty TYPE bigint`,
          `ALTER TABLE ${t} DROP COLUMN qty`,
          `ALTER TABLE ${t} DROP COLUMN qty CASCADE`,
          `UPDATE ${t} SET qty = 5 WHERE id = 1 RETURNING g`,
          `ALTER TABLE ${t} ALTER COLUMN g DROP EXPRESSION`,
          `ALTER TABLE ${t} ALTER COLUMN g SET DEFAULT 1`,
          `INSERT INTO ${t} (id, g) VALUES (70, 1)`,
          `ALTER TABLE ${t} RENAME COLUMN qty TO amount`,
          `ALTER TABLE ${t} ADD CONSTRAINT gk CHECK (g >= 0)`,
        ]),
      ];
    }
    case 40: {
      // NOT NULL over NULLs, fixed by a backfill in the same migration
      const col = colOf(r, m);
      const k = m.cols.get(col);
      const fill = k === 'int' ? '0' : k === 'text' ? "''" : 'DEFAULT';
      return [
        `UPDATE ${t} SET ${col} = ${fill} WHERE ${col} IS NULL`,
        `ALTER TABLE ${t} ALTER COLUMN ${col} SET NOT NULL`,
      ];
    }
    case 41: {
      const name = `ix${++m.added}`;
      const target = r.pick([
        '(lower(name))',
        '(name, qty)',
        '(coalesce(qty, 0))',
        '(name NULLS FIRST)',
        '(qty DESC)',
        '((qty > 0))',
        '(name) NULLS NOT DISTINCT',
        '(note) WHERE note IS NOT NULL',
        '(upper(name)) WHERE qty IS NULL',
      ]);
      return [`CREATE UNIQUE INDEX ${name} ON ${t} ${target}`];
    }
    case 42:
      return [
        `ALTER TABLE ${t} ALTER COLUMN ${r.pick([
          'qty TYPE int USING qty / 0',
          'name TYPE int USING length(name)',
          'note TYPE numeric USING note::numeric',
          'note TYPE date USING note::date',
          'note TYPE boolean USING note::boolean',
          'qty TYPE smallint USING qty * 10000',
          'name TYPE char(2)',
          'name TYPE varchar(3) USING substr(name, 1, 3)',
          'qty TYPE timestamptz',
          'qty TYPE int[] USING ARRAY[qty]',
        ])}`,
      ];
    case 43:
      return [
        r.pick([
          `ALTER TABLE ${t} ADD COLUMN id int`,
          `ALTER TABLE ${t} DROP COLUMN nope`,
          `ALTER TABLE ${t} ALTER COLUMN nope SET DEFAULT 1`,
          'ALTER TABLE nope ADD COLUMN a int',
          'ALTER TABLE IF EXISTS nope ADD COLUMN a int',
          `ALTER TABLE ${t} DROP CONSTRAINT nope`,
          `ALTER TABLE ${t} VALIDATE CONSTRAINT nope`,
          `ALTER TABLE ${t} ALTER COLUMN id DROP NOT NULL`,
          `ALTER TABLE ${t} ALTER COLUMN qty TYPE nope`,
          `CREATE INDEX ON ${t} (nope)`,
          `ALTER TABLE ${t} RENAME COLUMN nope TO x`,
          `ALTER TABLE ${t} ADD CONSTRAINT ${t}_pkey UNIQUE (name)`,
        ]),
      ];
    case 44:
      return [
        `CREATE INDEX ON ${t} ${r.pick(['(name)', '(qty, name)', '(lower(name))', '(qty) WHERE qty > 0', '(name) INCLUDE (qty)'])}`,
        `CREATE UNIQUE INDEX ON ${t} (${r.pick(['id', 'name', '(id + 0)', 'qty'])})`,
      ];
    case 45: {
      const seq = r.pick(['sq', 'sq', `${t}_sn_seq`]);
      const out: string[] = [];
      if (seq === 'sq')
        out.push(
          `CREATE SEQUENCE sq${r.pick(['', ' AS smallint', ' START 5 INCREMENT 5', ' MAXVALUE 3', ' CYCLE MAXVALUE 2', ' INCREMENT -1', ' MINVALUE 0 START 0'])}`,
        );
      else out.push(`ALTER TABLE ${t} ADD COLUMN sn serial`);
      for (let n = r.int(1, 3); n > 0; n -= 1)
        out.push(
          r.pick([
            `SELECT nextval('${seq}') AS n`,
            `SELECT nextval('${seq}'), nextval('${seq}'), nextval('${seq}')`,
            `SELECT currval('${seq}') AS c`,
            'SELECT lastval() AS l',
            `SELECT setval('${seq}', 5, false) AS s`,
            `SELECT setval('${seq}', 1000) AS s`,
            `ALTER SEQUENCE ${seq} AS smallint`,
            `ALTER SEQUENCE ${seq} AS int MAXVALUE 100000`,
            `ALTER SEQUENCE ${seq} CYCLE MAXVALUE 3`,
            `ALTER SEQUENCE ${seq} NO MAXVALUE`,
            `ALTER SEQUENCE ${seq} RESTART`,
            `ALTER SEQUENCE ${seq} START 9 RESTART`,
            `ALTER SEQUENCE ${seq} MINVALUE 10`,
            `ALTER SEQUENCE ${seq} INCREMENT 0`,
            `ALTER SEQUENCE ${seq} CACHE 0`,
            `ALTER SEQUENCE IF EXISTS nope RESTART`,
            `ALTER SEQUENCE ${seq} RENAME TO sq2`,
            `ALTER SEQUENCE ${seq} OWNED BY ${t}.id`,
            `INSERT INTO ${t} (id) VALUES (${r.int(30, 39)}) RETURNING *`,
          ]),
        );
      out.push(
        r.pick([
          'SELECT sequence_name, data_type, numeric_precision, start_value, minimum_value, maximum_value, increment, cycle_option FROM information_schema.sequences ORDER BY 1',
          'SELECT seqrelid::regclass AS s, seqtypid::regtype AS t, seqstart, seqincrement, seqmax, seqmin, seqcache, seqcycle FROM pg_sequence ORDER BY 1',
          'SELECT schemaname, sequencename, data_type, start_value, min_value, max_value, increment_by, cycle, cache_size, last_value FROM pg_sequences ORDER BY 2',
        ]),
      );
      return out;
    }
    case 46: {
      const to = m.table === 't' ? 'items' : 't';
      const out = [
        `ALTER TABLE ${t} ADD COLUMN sn ${r.pick(['serial', 'bigserial'])}`,
        `ALTER TABLE ${t} RENAME TO ${to}`,
      ];
      m.table = to;
      m.cols.set('sn', 'int');
      out.push(
        r.pick([
          `ALTER TABLE ${to} RENAME COLUMN sn TO num`,
          `ALTER SEQUENCE ${t}_sn_seq RENAME TO ${to}_sn_seq`,
          `ALTER TABLE ${to} ALTER COLUMN sn TYPE int`,
          `ALTER TABLE ${to} ALTER COLUMN sn DROP DEFAULT`,
          `DROP SEQUENCE ${t}_sn_seq`,
          `ALTER TABLE ${to} DROP COLUMN sn`,
        ]),
      );
      if (out[2]?.includes('RENAME COLUMN')) {
        m.cols.delete('sn');
        m.cols.set('num', 'int');
      }
      out.push(
        `SELECT column_name, column_default, pg_get_serial_sequence('${to}', column_name) AS seq FROM information_schema.columns WHERE table_name = '${to}' ORDER BY ordinal_position`,
        "SELECT relname FROM pg_class WHERE relkind = 'S' ORDER BY 1",
      );
      return out;
    }
    case 47: {
      const out = ['CREATE SCHEMA s2', `ALTER TABLE ${t} SET SCHEMA s2`];
      out.push(
        r.pick([
          `SELECT * FROM s2.${t} ORDER BY id`,
          `SELECT table_schema, table_name FROM information_schema.tables WHERE table_name = '${t}'`,
          `SELECT * FROM ${t}`,
          `ALTER TABLE s2.${t} SET SCHEMA public`,
          `SELECT pg_get_serial_sequence('s2.${t}', 'id') AS s, '${t}'::regclass AS r`,
          `SELECT conname, connamespace::regnamespace AS ns FROM pg_constraint WHERE conrelid = 's2.${t}'::regclass ORDER BY 1`,
          `SELECT schemaname, indexname, indexdef FROM pg_indexes WHERE tablename = '${t}' ORDER BY 2`,
        ]),
      );
      out.push('SET search_path = s2, public');
      return out;
    }
    case 48: {
      const name = `ix${++m.added}`;
      m.indexes.push(name);
      const col = colOf(r, m, 'text');
      const body = r.pick([
        `(${col}) WITH (fillfactor = 50)`,
        `(${col} COLLATE "C")`,
        `(${col} text_pattern_ops)`,
        `(${col} DESC NULLS FIRST, id ASC NULLS LAST)`,
        `(${col}) NULLS NOT DISTINCT`,
        `(${col}, (length(${col})))`,
        `(${col}) INCLUDE (id) WHERE id > 1`,
        `USING gin (to_tsvector('simple', coalesce(${col}, '')))`,
        `USING brin (id)`,
        `(${col} varchar_pattern_ops)`,
        `USING btree (${col} NULLS FIRST)`,
      ]);
      const unique =
        !body.startsWith('USING g') && !body.startsWith('USING br') && r.chance(0.4) ? 'UNIQUE ' : '';
      const out = [`CREATE ${unique}INDEX ${name} ON ${t} ${body}`];
      out.push(
        r.pick([
          `ALTER INDEX ${name} RENAME TO ${name}_b`,
          `ALTER INDEX ${name} SET (fillfactor = 70)`,
          `ALTER INDEX IF EXISTS nope RENAME TO x`,
          `CREATE INDEX IF NOT EXISTS ${name} ON ${t} (id)`,
          `CREATE INDEX ${name} ON ${t} (id)`,
          `ALTER TABLE ${t} RENAME COLUMN ${col} TO ${col}_z`,
          `ALTER TABLE ${t} ALTER COLUMN ${col} TYPE varchar(20)`,
          `DROP INDEX ${name} CASCADE`,
        ]),
      );
      out.push(
        `SELECT c.relname, i.indisunique, i.indisprimary, i.indnatts, i.indnkeyatts, i.indkey::text AS k, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = '${t}'::regclass ORDER BY 1`,
      );
      return out;
    }
    case 49:
      return [
        r.pick([
          `ALTER TABLE ${t} CLUSTER ON ${t}_pkey`,
          `ALTER TABLE ${t} SET WITHOUT CLUSTER`,
          `ALTER TABLE ${t} SET UNLOGGED`,
          `ALTER TABLE ${t} SET LOGGED`,
          `ALTER TABLE ${t} SET ACCESS METHOD heap`,
          `ALTER TABLE ${t} ALTER COLUMN note SET COMPRESSION pglz`,
          `ALTER TABLE ${t} ALTER COLUMN note SET COMPRESSION lz4`,
          `ALTER TABLE ${t} SET WITHOUT OIDS`,
          `ALTER TABLE ${t} OWNER TO CURRENT_USER`,
          `ALTER TABLE ${t} RESET (fillfactor)`,
          `ALTER TABLE ${t} SET (autovacuum_enabled = false, fillfactor = 80)`,
          `ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY`,
          `ALTER TABLE ${t} DISABLE TRIGGER ALL`,
        ]),
        `SELECT relname, relpersistence, relkind, relhasindex, relchecks, relnatts, reloptions, relrowsecurity FROM pg_class WHERE relname = '${t}'`,
      ];
    case 50: {
      const out = [
        r.pick([
          'CREATE TABLE base (id int, name text)',
          'CREATE TABLE base (id int, name varchar(5))',
          'CREATE TABLE base (id int, extra int)',
          "CREATE TABLE base (id int NOT NULL, name text CHECK (name <> ''))",
        ]),
      ];
      out.push(`ALTER TABLE ${t} INHERIT base`);
      out.push(
        r.pick([
          'SELECT * FROM base ORDER BY id',
          `ALTER TABLE ${t} NO INHERIT base`,
          `ALTER TABLE base ADD COLUMN b2 int DEFAULT 4`,
          `ALTER TABLE ${t} DROP COLUMN name`,
          `SELECT inhrelid::regclass, inhparent::regclass FROM pg_inherits`,
        ]),
      );
      return out;
    }
    case 51: {
      const fk = m.parent ? `FOREIGN KEY (pid) REFERENCES p` : `FOREIGN KEY (qty) REFERENCES ${t} (id)`;
      const out = [
        `DELETE FROM ${t} WHERE ${m.parent ? 'pid NOT IN (1, 2)' : 'qty NOT IN (SELECT id FROM t)'}`,
        `ALTER TABLE ${t} ADD CONSTRAINT fk_d ${fk}`,
      ];
      out.push(
        r.pick([
          `ALTER TABLE ${t} ALTER CONSTRAINT fk_d DEFERRABLE INITIALLY DEFERRED`,
          `ALTER TABLE ${t} ALTER CONSTRAINT fk_d DEFERRABLE`,
          `ALTER TABLE ${t} ALTER CONSTRAINT fk_d NOT DEFERRABLE`,
          `ALTER TABLE ${t} ALTER CONSTRAINT ${t}_pkey DEFERRABLE`,
        ]),
      );
      out.push(
        'BEGIN',
        `INSERT INTO ${t} (id, ${m.parent ? 'pid' : 'qty'}) VALUES (77, 88)`,
        r.pick(['SET CONSTRAINTS ALL IMMEDIATE', 'SELECT 1', `DELETE FROM ${t} WHERE id = 77`]),
        'COMMIT',
      );
      out.push(
        `SELECT conname, condeferrable, condeferred, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'fk_d'`,
      );
      return out;
    }
    case 52: {
      m.cols.set('id2', 'int');
      m.sequences.push('myseq');
      return [
        `ALTER TABLE ${t} ADD COLUMN id2 ${r.pick(['bigint', 'int', 'smallint'])} GENERATED ${r.pick(['ALWAYS', 'BY DEFAULT'])} AS IDENTITY (${r.pick(['SEQUENCE NAME myseq START 5 INCREMENT 2', 'SEQUENCE NAME myseq MINVALUE 5 MAXVALUE 100 CACHE 1 NO CYCLE', 'SEQUENCE NAME myseq START WITH 3 MAXVALUE 4', 'SEQUENCE NAME myseq INCREMENT BY -1'])})`,
        `INSERT INTO ${t} (id) VALUES (${r.int(40, 49)}) RETURNING id2`,
        `SELECT column_name, is_identity, identity_generation, identity_start, identity_increment, identity_maximum, identity_minimum, identity_cycle FROM information_schema.columns WHERE table_name = '${t}' AND column_name = 'id2'`,
        `SELECT pg_get_serial_sequence('${t}', 'id2') AS s`,
      ];
    }
    case 53: {
      const out = [
        r.pick([
          `CREATE INDEX ixd ON ${t} (name, qty)`,
          `ALTER TABLE ${t} ADD CONSTRAINT ud UNIQUE (name, qty)`,
          `ALTER TABLE ${t} ADD CONSTRAINT cd CHECK (qty > -5 OR name IS NULL)`,
          `CREATE INDEX ixd ON ${t} (id) WHERE qty > 0`,
          `CREATE INDEX ixd ON ${t} (id) INCLUDE (qty)`,
          `CREATE INDEX ixd ON ${t} ((qty + id))`,
        ]),
      ];
      out.push(`ALTER TABLE ${t} DROP COLUMN qty${r.chance(0.5) ? ' CASCADE' : ''}`);
      m.cols.delete('qty');
      out.push(
        `SELECT indexname FROM pg_indexes WHERE tablename = '${t}' ORDER BY 1`,
        `SELECT conname, conkey FROM pg_constraint WHERE conrelid = '${t}'::regclass ORDER BY 1`,
      );
      return out;
    }
    case 54: {
      const out = [`ALTER TABLE ${t} ADD CONSTRAINT cq CHECK (qty > 0) NOT VALID`];
      out.push(
        r.pick([
          `INSERT INTO ${t} (id, qty) VALUES (50, -1)`,
          `UPDATE ${t} SET qty = qty WHERE id = 3`,
          `UPDATE ${t} SET name = 'z' WHERE qty <= 0`,
          `ALTER TABLE ${t} VALIDATE CONSTRAINT cq`,
          `ALTER TABLE ${t} ALTER COLUMN qty TYPE bigint`,
          `ALTER TABLE ${t} ADD CONSTRAINT cq2 CHECK (qty > 0) NO INHERIT`,
          `ALTER TABLE ${t} RENAME CONSTRAINT cq TO cq_r`,
        ]),
        `SELECT conname, convalidated, connoinherit, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE contype = 'c' ORDER BY 1, 2`,
      );
      return out;
    }
    case 55: {
      // a fast default: the rows there before read the default the column was added with
      const a = `f${++m.added}`;
      m.cols.set(a, 'other');
      return [
        `ALTER TABLE ${t} ADD COLUMN ${a} ${r.pick(["text DEFAULT 'first'", 'int DEFAULT 7', "timestamptz DEFAULT '2020-01-01'", 'numeric DEFAULT 1.50'])}`,
        `ALTER TABLE ${t} ALTER COLUMN ${a} SET DEFAULT ${r.pick(["'2'", 'NULL', "'3'"])}`,
        `INSERT INTO ${t} (id) VALUES (${r.int(50, 59)})`,
        r.pick([
          `ALTER TABLE ${t} ALTER COLUMN ${a} TYPE text`,
          `UPDATE ${t} SET ${a} = DEFAULT WHERE id = 1`,
          `ALTER TABLE ${t} ALTER COLUMN ${a} DROP DEFAULT`,
          'SELECT 1',
        ]),
        `SELECT id, ${a} FROM ${t} ORDER BY id`,
        `SELECT attname, atthasmissing, attmissingval::text AS mv FROM pg_attribute WHERE attrelid = '${t}'::regclass AND attname = '${a}'`,
      ];
    }
    case 56: {
      const out = [
        `ALTER TABLE ${t} DROP COLUMN ${r.pick(['name', 'note', 'qty'])}`,
        `ALTER TABLE ${t} ADD COLUMN z int DEFAULT 1`,
      ];
      out.push(
        `SELECT attnum, attisdropped, CASE WHEN attisdropped THEN NULL ELSE attname END AS n, atttypid = 0 AS typeless FROM pg_attribute WHERE attrelid = '${t}'::regclass AND attnum > 0 ORDER BY attnum`,
        `SELECT column_name, ordinal_position FROM information_schema.columns WHERE table_name = '${t}' ORDER BY ordinal_position`,
        `SELECT relnatts FROM pg_class WHERE relname = '${t}'`,
      );
      return out;
    }
    case 57:
      return [
        r.pick([
          `CREATE TABLE snap AS SELECT * FROM ${t}`,
          `SELECT * INTO snap FROM ${t} WHERE id > 1`,
          `CREATE TABLE snap AS SELECT id, name FROM ${t} WITH NO DATA`,
        ]),
        "SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_name = 'snap' ORDER BY ordinal_position",
        'SELECT count(*) FROM snap',
      ];
    case 58: {
      const out = ['BEGIN', `ALTER TABLE ${t} ADD COLUMN sv int DEFAULT 3`, 'SAVEPOINT s'];
      out.push(
        r.pick([
          `ALTER TABLE ${t} DROP COLUMN name`,
          `ALTER TABLE ${t} ALTER COLUMN qty SET NOT NULL`,
          `ALTER TABLE ${t} ADD CONSTRAINT x CHECK (sv < 0)`,
          `CREATE UNIQUE INDEX us ON ${t} (sv)`,
          `ALTER TABLE ${t} RENAME TO renamed`,
        ]),
      );
      out.push(r.pick(['ROLLBACK TO s', 'RELEASE s', 'SELECT 1']));
      out.push(`SELECT * FROM ${t} ORDER BY id`, r.pick(['COMMIT', 'ROLLBACK']));
      return out;
    }
    case 59: {
      const out = [`ALTER TABLE ${t} DROP CONSTRAINT ${t}_pkey`];
      out.push(
        r.pick([
          `ALTER TABLE ${t} ADD PRIMARY KEY (name)`,
          `ALTER TABLE ${t} ADD PRIMARY KEY (qty)`,
          `ALTER TABLE ${t} ADD PRIMARY KEY (id, name)`,
          `ALTER TABLE ${t} ADD CONSTRAINT pk2 PRIMARY KEY (id) INCLUDE (name)`,
          `INSERT INTO ${t} (id) VALUES (1)`,
          `ALTER TABLE ${t} ADD CONSTRAINT u_id UNIQUE (id) DEFERRABLE`,
        ]),
        `SELECT column_name, is_nullable FROM information_schema.columns WHERE table_name = '${t}' ORDER BY ordinal_position`,
        `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = '${t}'::regclass ORDER BY 1`,
      );
      return out;
    }
    case 60: {
      const out = [`ALTER TABLE ${t} ALTER COLUMN ${r.pick(['qty', 'id'])} SET DEFAULT nextval('gs')`];
      out.unshift(`CREATE SEQUENCE gs${r.pick(['', ' AS smallint', ' START 32766 AS smallint'])}`);
      out.push(
        r.pick([
          `ALTER TABLE ${t} ALTER COLUMN qty TYPE bigint`,
          `ALTER TABLE ${t} ALTER COLUMN qty TYPE smallint`,
          'ALTER SEQUENCE gs AS bigint',
          'DROP SEQUENCE gs',
          `ALTER SEQUENCE gs OWNED BY ${t}.qty`,
        ]),
        `INSERT INTO ${t} (id, name) VALUES (${r.int(60, 69)}, 'g') RETURNING *`,
        `INSERT INTO ${t} (id, name) VALUES (${r.int(70, 79)}, 'g') RETURNING *`,
        `SELECT column_name, column_default FROM information_schema.columns WHERE table_name = '${t}' ORDER BY ordinal_position`,
      );
      return out;
    }
    default:
      return [
        `ALTER TABLE ${t} ${r.pick([
          'ALTER COLUMN note SET STORAGE EXTERNAL',
          'ALTER COLUMN qty SET STATISTICS 100',
          'SET (fillfactor = 70)',
          'ADD COLUMN IF NOT EXISTS name text',
          'ADD COLUMN IF NOT EXISTS extra int DEFAULT 3',
          'ALTER COLUMN id TYPE bigint',
          'REPLICA IDENTITY FULL',
          'ADD PRIMARY KEY (id)',
          `DROP CONSTRAINT ${m.table}_pkey, ADD PRIMARY KEY (id, name)`,
        ])}`,
      ];
  }
}

/** One ALTER TABLE subcommand pg-mem takes, naming the model's columns. */
function leanChange(r: SeededRandom, m: Model): string {
  const col = colOf(r, m);
  const k = m.cols.get(col);
  const value =
    k === 'int' ? r.pick(['0', '5', '-2', 'NULL']) : k === 'text' ? r.pick(["'d'", "''", 'NULL']) : 'NULL';
  switch (r.int(0, 7)) {
    case 0:
    case 1: {
      const [type, value] = r.pick(CONST_DEFAULTS);
      const name = `c${++m.added}`;
      m.cols.set(name, kindOfType(type));
      const def = r.chance(0.7) ? ` DEFAULT ${value}` : '';
      return `ADD COLUMN ${r.chance(0.2) ? 'IF NOT EXISTS ' : ''}${name} ${type}${def}${def && r.chance(0.3) ? ' NOT NULL' : ''}`;
    }
    case 2:
      return `ALTER COLUMN ${col} SET DEFAULT ${value}`;
    case 3:
      return `ALTER COLUMN ${col} DROP DEFAULT`;
    case 4:
      return `ALTER COLUMN ${col} SET NOT NULL`;
    case 5:
      return `ALTER COLUMN ${col} DROP NOT NULL`;
    case 6: {
      const name = `uq${++m.added}`;
      m.constraints.push(name);
      return `ADD CONSTRAINT ${name} UNIQUE (${col}${r.chance(0.3) ? ', id' : ''})`;
    }
    default: {
      const name = m.constraints.filter((c) => c !== 't_pkey');
      return `DROP CONSTRAINT ${r.chance(0.3) ? 'IF EXISTS ' : ''}${name.length > 0 ? r.pick(name) : 'nope'}`;
    }
  }
}

function leanStep(r: SeededRandom, m: Model): ProbeStep[] {
  const t = m.table;
  switch (r.int(0, 9)) {
    case 0:
    case 1:
    case 2:
      return [`ALTER TABLE ${t} ${leanChange(r, m)}`];
    case 3: {
      const changes = [leanChange(r, m), leanChange(r, m)];
      if (r.chance(0.4)) changes.push(leanChange(r, m));
      return [`ALTER TABLE ${t} ${changes.join(', ')}`];
    }
    case 4: {
      const to = m.table === 't' ? 'items' : 't';
      m.table = to;
      return [`ALTER TABLE ${t} RENAME TO ${to}`];
    }
    case 5: {
      const col = colOf(r, m);
      const name = `ix${++m.added}`;
      const target = r.pick([
        `(${col})`,
        `(${col}, id)`,
        `(${col} DESC)`,
        m.cols.get(col) === 'text' ? `(lower(${col}))` : `(${col}) WHERE ${col} > 0`,
      ]);
      return [
        `CREATE ${r.chance(0.4) && !target.includes('lower') ? 'UNIQUE ' : ''}INDEX ${r.chance(0.2) ? 'IF NOT EXISTS ' : ''}${name} ON ${t} ${target}`,
      ];
    }
    case 6: {
      const cols = [...m.cols.keys()].filter((c) => c !== 'id');
      const col = cols.length > 0 ? r.pick(cols) : 'name';
      const k = m.cols.get(col);
      const value =
        k === 'int'
          ? r.pick(['-5', '3', 'NULL'])
          : k === 'text'
            ? r.pick(["'apple'", "''", 'NULL'])
            : 'DEFAULT';
      return [`INSERT INTO ${t} (id, ${col}) VALUES (${r.int(20, 29)}, ${value}) RETURNING *`];
    }
    case 7:
      return [
        `UPDATE ${t} SET ${colOf(r, m)} = ${r.pick(['NULL', 'DEFAULT'])} WHERE id = ${r.int(1, 3)} RETURNING *`,
      ];
    case 8: {
      const inner = leanChange(r, { ...m, cols: new Map(m.cols), constraints: [...m.constraints] });
      return ['BEGIN', `ALTER TABLE ${t} ${inner}`, `SELECT * FROM ${t} ORDER BY id`, 'COMMIT'];
    }
    default: {
      const col = colOf(r, m);
      return [
        `UPDATE ${t} SET ${col} = ${m.cols.get(col) === 'int' ? '0' : "'f'"} WHERE ${col} IS NULL`,
        `ALTER TABLE ${t} ALTER COLUMN ${col} SET NOT NULL`,
      ];
    }
  }
}

function leanReadBack(r: SeededRandom, m: Model): ProbeStep[] {
  const t = m.table;
  const out: ProbeStep[] = [`SELECT * FROM ${t} ORDER BY id`];
  out.push(
    r.pick([
      `INSERT INTO ${t} (id) VALUES (90) RETURNING *`,
      `INSERT INTO ${t} (id, name) VALUES (92, 'apple') RETURNING *`,
      `INSERT INTO ${t} VALUES (93) RETURNING *`,
    ]),
  );
  const reads = [
    `SELECT column_name::text AS c, is_nullable::text AS n, data_type::text AS d FROM information_schema.columns WHERE table_name = '${t}' ORDER BY 1`,
    `SELECT * FROM ${t} WHERE name = 'apple' ORDER BY id`,
    `SELECT count(*)::int AS n FROM ${t} WHERE qty IS NULL`,
  ];
  for (const read of reads) if (r.chance(0.5)) out.push(read);
  // by the key, through the index, which pg-mem once read stale rows from
  out.push(`SELECT * FROM ${t} WHERE id = 2`, `UPDATE ${t} SET id = id WHERE id = 1 RETURNING *`);
  return out;
}

function readBack(r: SeededRandom, m: Model, wide: boolean): ProbeStep[] {
  const t = m.table;
  const out: ProbeStep[] = [`SELECT * FROM ${t} ORDER BY id`];
  out.push(
    r.pick([
      `INSERT INTO ${t} (id) VALUES (90) RETURNING *`,
      `INSERT INTO ${t} VALUES (91) RETURNING *`,
      `INSERT INTO ${t} (id, name) VALUES (92, 'apple') RETURNING *`,
      `INSERT INTO ${t} (name) VALUES ('n') RETURNING *`,
      `INSERT INTO ${t} VALUES (DEFAULT) RETURNING *`,
    ]),
  );
  const reads = [
    `SELECT column_name, ordinal_position, column_default, is_nullable, data_type, character_maximum_length, numeric_precision, numeric_scale, is_identity, identity_generation, identity_start, is_generated, generation_expression FROM information_schema.columns WHERE table_name = '${t}' ORDER BY ordinal_position`,
    `SELECT attname, attnum, attnotnull, atthasdef, attidentity, attgenerated, format_type(atttypid, atttypmod) AS type, pg_get_expr(d.adbin, d.adrelid) AS def FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE attrelid = '${t}'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
    `SELECT conname, contype, convalidated, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = '${t}'::regclass ORDER BY conname`,
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = '${t}' ORDER BY indexname`,
    `SELECT c.column_name, pg_get_serial_sequence('${t}', c.column_name) AS seq FROM information_schema.columns c WHERE c.table_name = '${t}' ORDER BY c.ordinal_position`,
    `SELECT tc.constraint_name, tc.constraint_type, kcu.column_name, kcu.ordinal_position FROM information_schema.table_constraints tc LEFT JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_name = tc.table_name WHERE tc.table_name = '${t}' AND tc.constraint_type <> 'CHECK' ORDER BY 1, 4`,
    'SELECT sequencename, start_value, increment_by, max_value, last_value FROM pg_sequences ORDER BY 1',
  ];
  if (wide)
    reads.push(
      `SELECT attnum, attisdropped, atttypid = 0 AS typeless, attlen FROM pg_attribute WHERE attrelid = '${t}'::regclass AND attnum > 0 ORDER BY attnum`,
      `SELECT conname, contype, conkey, confkey, condeferrable, convalidated, conindid::regclass AS ix FROM pg_constraint WHERE conrelid = '${t}'::regclass ORDER BY conname`,
      `SELECT c.relname, i.indisunique, i.indisprimary, i.indimmediate, i.indnatts, i.indnkeyatts, i.indkey::text AS k, i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = '${t}'::regclass ORDER BY 1`,
      `SELECT relnatts, relchecks, relhasindex FROM pg_class WHERE relname = '${t}'`,
      `SELECT column_name, column_default, is_nullable, data_type, udt_name, character_maximum_length, numeric_precision, numeric_precision_radix, datetime_precision FROM information_schema.columns WHERE table_name = '${t}' ORDER BY ordinal_position`,
      `SELECT constraint_name, check_clause FROM information_schema.check_constraints WHERE constraint_name NOT LIKE '%not_null' ORDER BY 1`,
    );
  for (const read of reads) if (r.chance(wide ? 0.35 : 0.45)) out.push(read);
  out.push(`SELECT * FROM ${t} WHERE id = 2`);
  return out;
}

/** `count` cases from `seed`. */
export function generateDdlCases(
  prefix: string,
  seed: number,
  count: number,
  profile: Profile = 'full',
): ProbeCase[] {
  const r = new SeededRandom(seed);
  const cases: ProbeCase[] = [];
  for (let i = 0; i < count; i += 1) {
    const { setup, model } = setupOf(r, profile);
    const steps: ProbeStep[] = [];
    for (let n = r.int(3, 8); n > 0; n -= 1) steps.push(...step(r, model, profile));
    steps.push(...(profile === 'lean' ? leanReadBack(r, model) : readBack(r, model, profile === 'wide')));
    cases.push({ name: `${prefix}${String(i + 1).padStart(3, '0')}`, setup, steps });
  }
  return cases;
}
