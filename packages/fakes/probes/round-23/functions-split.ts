// Splits each case whose last step is a multi-column SELECT into one case per column, so that a
// refusal of one expression does not hide another expression's answer.
type Step = string | { sql: string; params?: unknown[] };
type Case = { name: string; setup?: string; steps: Step[] };

function topLevelSplit(s: string): { items: string[]; tail: string } {
  const items: string[] = [];
  let depth = 0,
    quote: string | null = null,
    start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (quote) {
      if (c === quote) {
        if (s[i + 1] === quote) i++;
        else quote = null;
      }
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      continue;
    }
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && c === ',') {
      items.push(s.slice(start, i));
      start = i + 1;
    } else if (depth === 0 && /\s/.test(c)) {
      const rest = s.slice(i + 1);
      const m = /^(FROM|WHERE|GROUP\s+BY|ORDER\s+BY|LIMIT|HAVING)\b/i.exec(rest);
      if (m) {
        items.push(s.slice(start, i));
        return { items, tail: s.slice(i) };
      }
    }
  }
  items.push(s.slice(start));
  return { items, tail: '' };
}

export function split(cases: Case[]): Case[] {
  const out: Case[] = [];
  for (const c of cases) {
    const last = c.steps[c.steps.length - 1];
    if (last === undefined) {
      out.push(c);
      continue;
    }
    const sql = typeof last === 'string' ? last : last.sql;
    const m = /^SELECT\s+(?!DISTINCT)/i.exec(sql);
    if (!m || typeof last !== 'string') {
      out.push(c);
      continue;
    }
    const { items, tail } = topLevelSplit(sql.slice(m[0].length));
    if (items.length < 2) {
      out.push(c);
      continue;
    }
    items.forEach((item, i) => {
      out.push({
        ...c,
        name: `${c.name} [${i + 1}: ${item.trim().slice(0, 60)}]`,
        steps: [...c.steps.slice(0, -1), `SELECT ${item.trim()}${tail}`],
      });
    });
  }
  return out;
}
