// Round 30 probe: statements with a mistake (an unknown column, named after its clause) in two
// clauses at once: PostgreSQL reports the one its analysis reads first (transformSelectStmt:
// FROM/ON, select list, WHERE, HAVING, ORDER BY, GROUP BY, DISTINCT, OFFSET, LIMIT; UPDATE: FROM,
// WHERE, RETURNING, SET; INSERT: target columns, VALUES, ON CONFLICT, RETURNING).
import { SCHEMA } from './gen.mjs';

const families = {
  select: {
    valid: {
      on: 'u.tenant_id',
      list: 'u.id',
      where: 'u.id',
      having: 'u.id',
      order: 'u.id',
      group: 'u.id',
      offset: '0',
      limit: '5',
    },
    sql: (c) =>
      `SELECT ${c.list} FROM users u JOIN tenants t ON t.id = ${c.on} WHERE ${c.where} > 0 GROUP BY u.id, ${c.group} HAVING max(${c.having}) > 0 ORDER BY ${c.order} OFFSET ${c.offset} LIMIT ${c.limit}`,
  },
  update: {
    valid: { where: 'id', returning: 'id', setvalue: '1', settarget: 'score' },
    sql: (c) =>
      `UPDATE users SET ${c.settarget} = ${c.setvalue} WHERE ${c.where} > 0 RETURNING ${c.returning}`,
  },
  insert: {
    valid: { target: 'name', values: "'a'", conflictset: "'b'", conflictwhere: 'tags.id', returning: 'id' },
    sql: (c) =>
      `INSERT INTO tags (id, ${c.target}) VALUES (9, ${c.values}) ON CONFLICT (name) DO UPDATE SET name = ${c.conflictset} WHERE ${c.conflictwhere} > 0 RETURNING ${c.returning}`,
  },
  delete: {
    valid: { where: 'id', returning: 'id' },
    sql: (c) => `DELETE FROM tags WHERE ${c.where} > 0 RETURNING ${c.returning}`,
  },
};

const cases = [];
for (const [label, family] of Object.entries(families)) {
  const keys = Object.keys(family.valid);
  for (const a of keys) {
    for (const b of keys) {
      if (a >= b) continue;
      const clauses = { ...family.valid, [a]: `nope_${a}`, [b]: `nope_${b}` };
      cases.push({
        name: `r30 two mistakes ${label} ${a} + ${b}`,
        setup: SCHEMA,
        steps: [family.sql(clauses)],
      });
    }
    cases.push({
      name: `r30 one mistake ${label} ${a}`,
      setup: SCHEMA,
      steps: [family.sql({ ...family.valid, [a]: `nope_${a}` })],
    });
  }
}
export default cases;
