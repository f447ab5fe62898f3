// Splits multi-step cases into one case per statement (earlier SET/INSERT steps kept as prefix), for pg-mem.
function topLevelCommas(s) {
  const parts = [];
  let depth = 0,
    q = null,
    cur = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (q) {
      cur += ch;
      if (ch === q) {
        if (s[i + 1] === q) {
          cur += s[++i];
        } else q = null;
      }
      continue;
    }
    if (ch === "'" || ch === '"') {
      q = ch;
      cur += ch;
      continue;
    }
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => p.trim());
}
function explode(sql) {
  const m = /^SELECT\s+([\s\S]*)$/i.exec(sql);
  if (
    !m ||
    /\bFROM\b|\bWHERE\b|\bORDER\b|\bGROUP\b/i.test(
      sql.replace(/'(?:[^']|'')*'/g, "''").replace(/extract\s*\(\s*\w+\s+from/gi, ''),
    )
  )
    return [sql];
  const items = topLevelCommas(m[1]);
  if (items.length < 2) return [sql];
  return items.map((it) => `SELECT ${it}`);
}
export function split(cases) {
  return cases.flatMap((c) => {
    const out = [];
    const prefix = [];
    c.steps.forEach((s, i) => {
      const sql = typeof s === 'string' ? s : s.sql;
      if (/^\s*(SET|INSERT|UPDATE|DELETE|CREATE|ALTER)\b/i.test(sql) && !/RETURNING/i.test(sql)) {
        prefix.push(s);
        return;
      }
      const parts = typeof s === 'string' ? explode(s) : [s];
      parts.forEach((p, k) => {
        out.push({
          name: `${c.name} #${i}.${k}`,
          ...(c.setup ? { setup: c.setup } : {}),
          steps: [...prefix, p],
        });
      });
    });
    return out;
  });
}
