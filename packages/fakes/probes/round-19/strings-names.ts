// Round 19 probe, strings part 6: the result column names and types PostgreSQL 15 gives string
// expressions left unaliased (SQL-standard syntax such as TRIM, SUBSTRING, POSITION, OVERLAY is
// named after the function it becomes), and string functions in DDL: defaults, CHECK constraints,
// generated columns, expression indexes, views and ON CONFLICT.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 strings: names: ');

const unaliased = [
  `upper('a')`,
  `lower('A')`,
  `'a' || 'b'`,
  `trim(' a ')`,
  `trim(leading 'x' from 'xa')`,
  `trim(trailing from 'a ')`,
  `btrim('xax', 'x')`,
  `ltrim(' a')`,
  `substring('abc' from 2)`,
  `substring('abc', 2, 1)`,
  `substring('abc' similar 'a' escape '#')`,
  `substr('abc', 2)`,
  `position('b' in 'abc')`,
  `strpos('abc', 'b')`,
  `overlay('abc' placing 'x' from 2)`,
  `length('abc')`,
  `char_length('abc')`,
  `character_length('abc')`,
  `octet_length('abc')`,
  `bit_length('abc')`,
  `concat('a', 'b')`,
  `concat_ws(',', 'a')`,
  `format('%s', 'a')`,
  `'a'::text`,
  `'a'::varchar(3)`,
  `'a'::char(3)`,
  `CAST('a' AS char(2))`,
  `'abc'`,
  `'a' LIKE 'a'`,
  `'a' ~ 'a'`,
  `'a' SIMILAR TO 'a'`,
  `'a' IS NORMALIZED`,
  `normalize('a')`,
  `regexp_replace('a', 'a', 'b')`,
  `regexp_match('a', 'a')`,
  `(regexp_match('a', '(a)'))[1]`,
  `split_part('a,b', ',', 1)`,
  `left('abc', 1)`,
  `right('abc', 1)`,
  `repeat('a', 2)`,
  `reverse('ab')`,
  `initcap('ab')`,
  `md5('a')`,
  `sha256('a')`,
  `encode('a'::bytea, 'hex')`,
  `decode('61', 'hex')`,
  `to_char(1, '9')`,
  `to_number('1', '9')`,
  `to_date('2022', 'YYYY')`,
  `quote_ident('a')`,
  `quote_literal('a')`,
  `chr(65)`,
  `ascii('A')`,
  `translate('a', 'a', 'b')`,
  `lpad('a', 2)`,
  `starts_with('a', 'a')`,
  `'a' ^@ 'a'`,
  `string_to_array('a', ',')`,
  `unistr('a')`,
  `COLLATION FOR ('a')`,
  `'a' COLLATE "C"`,
  `NULLIF('a', 'b')`,
  `COALESCE('a', 'b')`,
  `GREATEST('a', 'b')`,
  `CASE WHEN true THEN 'a' END`,
  `to_hex(10)`,
  `convert_to('a', 'UTF8')`,
  `get_byte('a'::bytea, 0)`,
  `E'a\\tb'`,
  `U&'\\0061'`,
  `$$a$$`,
  `'a'::name`,
  `text 'a'`,
  `varchar 'a'`,
  `char(2) 'a'`,
  `bpchar 'a'`,
];
for (const [index, expr] of unaliased.entries())
  list.add(`unaliased ${index + 1}: ${expr}`, [`SELECT ${expr}`]);

const T = `CREATE TABLE u (id serial PRIMARY KEY, email text NOT NULL, code char(3) DEFAULT 'x', name varchar(8) DEFAULT upper('ab'),
  slug text GENERATED ALWAYS AS (lower(replace(email, '@', '-at-'))) STORED,
  CONSTRAINT email_has_at CHECK (position('@' in email) > 1),
  CONSTRAINT code_upper CHECK (code = upper(code)));
CREATE UNIQUE INDEX u_email_lower ON u (lower(email))`;
const ddl: Array<[string, string[]]> = [
  [
    'defaults and generated',
    [`INSERT INTO u (email) VALUES ('A@B.c') RETURNING id, email, code, code || '|' AS c2, name, slug`],
  ],
  ['check constraint violation', [`INSERT INTO u (email) VALUES ('nobody')`]],
  ['check constraint char upper violation', [`INSERT INTO u (email, code) VALUES ('a@b', 'ab')`]],
  [
    'unique lower index violation',
    [`INSERT INTO u (email) VALUES ('a@b')`, `INSERT INTO u (email) VALUES ('A@B')`],
  ],
  [
    'on conflict on lower expression',
    [
      `INSERT INTO u (email) VALUES ('a@b')`,
      `INSERT INTO u (email) VALUES ('A@B') ON CONFLICT (lower(email)) DO UPDATE SET name = 'dup' RETURNING id, email, name`,
    ],
  ],
  [
    'on conflict do nothing expression',
    [
      `INSERT INTO u (email) VALUES ('a@b')`,
      `INSERT INTO u (email) VALUES ('A@B') ON CONFLICT (lower(email)) DO NOTHING RETURNING id`,
    ],
  ],
  [
    'varchar default too long errors',
    [`CREATE TABLE w (v varchar(2) DEFAULT 'abc')`, `INSERT INTO w DEFAULT VALUES`],
  ],
  [
    'char default pads',
    [
      `CREATE TABLE w (v char(4) DEFAULT 'a')`,
      `INSERT INTO w DEFAULT VALUES`,
      `SELECT v || '|' AS a, v::text || '|' AS b, length(v) AS c FROM w`,
    ],
  ],
  [
    'view over string functions',
    [
      `INSERT INTO u (email) VALUES ('Ann@x.io'), ('bob@y.io')`,
      `CREATE VIEW uv AS SELECT id, split_part(email, '@', 2) AS domain, initcap(split_part(email, '@', 1)) AS who FROM u`,
      `SELECT * FROM uv ORDER BY id`,
    ],
  ],
  [
    'view definition with string functions',
    [
      `CREATE VIEW uv AS SELECT trim(both 'x' from email) AS a, substring(email from 2 for 3) AS b, position('@' in email) AS c, email LIKE 'a%' AS d FROM u`,
      `SELECT pg_get_viewdef('uv'::regclass, true) AS v`,
    ],
  ],
  ['index definition lower', [`SELECT pg_get_indexdef('u_email_lower'::regclass) AS v`]],
  [
    'check definition',
    [
      `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'u'::regclass AND contype = 'c' ORDER BY conname`,
    ],
  ],
  [
    'generated definition',
    [
      `SELECT attname, pg_get_expr(adbin, adrelid) AS def FROM pg_attrdef JOIN pg_attribute ON attrelid = adrelid AND attnum = adnum WHERE adrelid = 'u'::regclass ORDER BY attname`,
    ],
  ],
  [
    'update generated recomputed',
    [`INSERT INTO u (email) VALUES ('x@y')`, `UPDATE u SET email = 'Q@R' RETURNING slug`],
  ],
  [
    'where lower uses index',
    [
      `INSERT INTO u (email) VALUES ('Mixed@Case')`,
      `SELECT id, email FROM u WHERE lower(email) = 'mixed@case'`,
    ],
  ],
  [
    'order by length then text',
    [
      `INSERT INTO u (email) VALUES ('bb@x'), ('a@x'), ('ccc@x')`,
      `SELECT email FROM u ORDER BY length(email) DESC, email`,
    ],
  ],
  [
    'distinct on lower',
    [
      `INSERT INTO u (email) VALUES ('a@x'), ('b@x')`,
      `SELECT DISTINCT ON (split_part(email, '@', 2)) email FROM u ORDER BY split_part(email, '@', 2), email`,
    ],
  ],
  [
    'group by substring',
    [
      `INSERT INTO u (email) VALUES ('a@x'), ('a2@x'), ('b@y')`,
      `SELECT substring(email from 1 for 1) AS initial, count(*)::int AS n FROM u GROUP BY 1 ORDER BY 1`,
    ],
  ],
  [
    'string_agg distinct ordered',
    [
      `INSERT INTO u (email) VALUES ('b@x'), ('a@x'), ('c@z')`,
      `SELECT string_agg(DISTINCT split_part(email, '@', 2), ',' ORDER BY split_part(email, '@', 2)) AS v FROM u`,
    ],
  ],
  [
    'having on length',
    [
      `INSERT INTO u (email) VALUES ('a@x'), ('b@x')`,
      `SELECT split_part(email, '@', 2) AS d FROM u GROUP BY 1 HAVING sum(length(email)) > 3`,
    ],
  ],
  ['returning concat', [`INSERT INTO u (email) VALUES ('a@x') RETURNING email || '#' || id AS tag`]],
  [
    'update with replace',
    [
      `INSERT INTO u (email) VALUES ('a@x')`,
      `UPDATE u SET email = replace(email, 'x', 'y') RETURNING email, slug`,
    ],
  ],
  [
    'delete where like',
    [`INSERT INTO u (email) VALUES ('a@x'), ('b@y')`, `DELETE FROM u WHERE email LIKE '%@x' RETURNING email`],
  ],
];
for (const [name, steps] of ddl) list.add(name, steps, T);

export default list.cases;
