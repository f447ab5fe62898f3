// Round 30: interval text with an infinity word beside other fields (17 reads an infinite
// interval only alone), as a literal, a parameter and a column's text cast, in each IntervalStyle.
const words = ['infinity', '+infinity', '-infinity', 'INFINITY'];
const before = ['1 day', '1. week', '1', '@ 1 hour', '2:00', '1-2', '1 day 2 hours', '-1 day'];
const styles = ['postgres', 'sql_standard', 'iso_8601', 'postgres_verbose'];
const cases = [];
for (const w of words)
  for (const b of before)
    for (const style of styles.slice(0, w === 'infinity' ? 4 : 1)) {
      const text = `${b} ${w}`;
      cases.push({
        name: `interval ${style}: ${text}`,
        setup: `CREATE TABLE iv (t text); INSERT INTO iv VALUES ('${text}')`,
        steps: [`SET IntervalStyle = ${style}`, `SELECT '${text}'::interval::text AS v`],
      });
      cases.push({
        name: `interval param ${style}: ${text}`,
        steps: [`SET IntervalStyle = ${style}`, { sql: 'SELECT $1::interval::text AS v', params: [text] }],
      });
      cases.push({
        name: `interval column ${style}: ${text}`,
        setup: `CREATE TABLE iv (t text); INSERT INTO iv VALUES ('${text}')`,
        steps: [`SET IntervalStyle = ${style}`, 'SELECT t::interval::text AS v FROM iv'],
      });
      cases.push({
        name: `interval array ${style}: ${text}`,
        steps: [`SET IntervalStyle = ${style}`, `SELECT '{"${text}"}'::interval[] AS v`],
      });
      cases.push({
        name: `interval reversed ${style}: ${text}`,
        steps: [`SET IntervalStyle = ${style}`, `SELECT '${w} ${b}'::interval::text AS v`],
      });
    }
export default cases;
