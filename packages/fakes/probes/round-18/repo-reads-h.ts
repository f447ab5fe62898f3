// Round 18 repository reads, part 8: where names resolve in a read (output aliases in WHERE,
// GROUP BY, HAVING and ORDER BY; outer references; grouped and ungrouped columns), the mistakes a
// hand-written repository query makes and what PostgreSQL 15 answers to them (docs 7.2.3, 7.3, 7.5).
import { ProbeCases } from '../probe-kit.js';
import { SHOP } from './repo-reads-schema.js';

const list = new ProbeCases('r18 repo reads h: ');
const q = (name: string, sql: string, setup = SHOP) => list.add(name, [sql], setup);
const p = (name: string, sql: string, params: readonly unknown[], setup = SHOP) =>
  list.params(name, sql, params, setup);

q(
  'an output alias in WHERE fails with 42703',
  'SELECT id, score * 2 AS doubled FROM users WHERE doubled > 100',
);
q(
  'an output alias in HAVING fails with 42703',
  'SELECT role, count(*) AS n FROM users GROUP BY role HAVING n > 1',
);
q(
  'an output alias in GROUP BY is allowed',
  'SELECT lower(role) AS r, count(*) AS n FROM users GROUP BY r ORDER BY n DESC, r',
);
q(
  'an input column wins over an output alias in GROUP BY',
  'SELECT upper(role) AS role, count(*) FROM users GROUP BY role ORDER BY 1',
);
q(
  'an output alias in ORDER BY with the same name as a column',
  'SELECT id, name AS email FROM users ORDER BY email NULLS FIRST, id',
);
q('an aggregate alias in ORDER BY', 'SELECT role, count(*) AS n FROM users GROUP BY role ORDER BY n, role');
q(
  'an aggregate in ORDER BY not in the select list',
  'SELECT role FROM users GROUP BY role ORDER BY max(score) DESC NULLS LAST, role',
);
q('an ungrouped column in ORDER BY fails with 42803', 'SELECT role FROM users GROUP BY role ORDER BY id');
q('an ungrouped column in HAVING fails with 42803', 'SELECT role FROM users GROUP BY role HAVING score > 1');
q(
  'an ungrouped column inside an expression fails with 42803',
  'SELECT role, score + 1 FROM users GROUP BY role',
);
q(
  'a grouped expression reused in the select list',
  'SELECT score / 10 * 10 AS bucket, count(*) FROM users GROUP BY score / 10 * 10 ORDER BY 1 NULLS LAST',
);
q(
  'a grouped expression not matching the select expression fails with 42803',
  'SELECT score / 10 FROM users GROUP BY score / 5',
);
q('aggregates without GROUP BY make one group and columns fail with 42803', 'SELECT id, count(*) FROM users');
q('a constant with aggregates is fine', "SELECT 'total' AS label, count(*) FROM users");
q('GROUP BY a position out of range fails with 42P10', 'SELECT role FROM users GROUP BY 2');
q('GROUP BY an aggregate position fails with 42803', 'SELECT count(*) FROM users GROUP BY 1');
q('an aggregate in GROUP BY fails with 42803', 'SELECT role FROM users GROUP BY count(*)');
q('an aggregate in JOIN ON fails with 42803', 'SELECT 1 FROM users u JOIN posts p ON count(*) > 0');
q(
  'an aggregate of an outer column in a subquery belongs to the outer query',
  'SELECT role, (SELECT count(*) FROM posts WHERE posts.author_id = max(users.id)) AS n FROM users GROUP BY role ORDER BY role',
);
q('a window function in GROUP BY fails with 42P20', 'SELECT role FROM users GROUP BY row_number() OVER ()');
q(
  'a window function in HAVING fails with 42P20',
  'SELECT role FROM users GROUP BY role HAVING row_number() OVER () > 0',
);
q('a set-returning function in WHERE fails with 0A000', "SELECT id FROM users WHERE unnest(tags) = 'a'");
q(
  'a set-returning function in the select list multiplies rows',
  'SELECT id, unnest(tags) AS t FROM users WHERE id IN (1, 5) ORDER BY id, t',
);
q(
  'two set-returning functions in the select list run in lockstep',
  'SELECT generate_series(1, 3) AS a, generate_series(1, 2) AS b',
);
q(
  'a set-returning function in CASE fails with 0A000',
  'SELECT CASE WHEN true THEN generate_series(1, 2) END',
);
q('an aggregate of a set-returning function fails with 0A000', 'SELECT sum(generate_series(1, 3))');
q('a column of a table not in FROM fails with 42P01', 'SELECT posts.id FROM users');
q('a misspelled column fails with 42703 and a hint', 'SELECT emial FROM users');
q('a misspelled qualified column fails with 42703', 'SELECT u.emial FROM users u');
q('a column qualified with the table name when aliased fails with 42P01', 'SELECT users.id FROM users AS u');
q('a misspelled table fails with 42P01', 'SELECT * FROM user_s');
q('the user keyword is not the users table', 'SELECT user = current_user AS v');
q('a quoted mixed-case name does not match a lower-case table', 'SELECT * FROM "Users"');
q('an unquoted mixed-case name folds to lower case', 'SELECT count(*) FROM USERS');
q('a schema-qualified read', 'SELECT count(*) FROM public.users');
q('a read from a missing schema fails with 42P01', 'SELECT * FROM nope.users');
q('a function that does not exist fails with 42883', 'SELECT lowr(email) FROM users');
q('a function with wrong argument types fails with 42883', 'SELECT lower(id) FROM users');
q(
  'an outer reference inside a subquery in the select list',
  'SELECT u.id, (SELECT u.email) AS e FROM users u WHERE u.id = 1',
);
q(
  'an outer reference in a subquery FROM without LATERAL fails with 42P01',
  'SELECT (SELECT count(*) FROM (SELECT u.id) x) FROM users u',
);
q(
  'a correlated subquery in WHERE using an alias',
  'SELECT p.id FROM posts p WHERE p.views = (SELECT max(views) FROM posts p2 WHERE p2.author_id = p.author_id) ORDER BY p.id',
);
q(
  'a correlated subquery in ORDER BY',
  'SELECT u.id FROM users u ORDER BY (SELECT count(*) FROM posts p WHERE p.author_id = u.id) DESC, u.id',
);
q(
  'a correlated subquery in HAVING',
  'SELECT author_id FROM posts p GROUP BY author_id HAVING count(*) > (SELECT count(*) FROM comments c WHERE c.user_id = p.author_id) ORDER BY author_id NULLS LAST',
);
p(
  'a parameter in HAVING and ORDER BY',
  'SELECT role, sum(score) AS s FROM users GROUP BY role HAVING sum(score) > $1 ORDER BY sum(score) - $1 DESC',
  [100],
);
p('a parameter in GROUP BY position is not a position', 'SELECT count(*) FROM users GROUP BY $1', ['1']);
q('ORDER BY a constant is not a position', "SELECT id FROM users ORDER BY 'x', id");
q('ORDER BY a negative position is a constant', 'SELECT id FROM users ORDER BY -1, id');
q('ORDER BY a parenthesised position is a constant', 'SELECT id FROM users ORDER BY (1), id DESC');
q('GROUP BY a constant expression', "SELECT count(*) FROM users GROUP BY 'x'");
q(
  'GROUP BY the primary key lets the select list use other columns',
  'SELECT u.id, u.email, u.name, count(p.id) FROM users u LEFT JOIN posts p ON p.author_id = u.id GROUP BY u.id ORDER BY u.id',
);
q(
  'GROUP BY the primary key of a subquery does not allow other columns',
  'SELECT t.id, t.email FROM (SELECT * FROM users) t GROUP BY t.id',
);
q(
  'GROUP BY a unique non-primary column does not allow other columns',
  'SELECT email, name FROM users GROUP BY email',
);

export default list.cases;
