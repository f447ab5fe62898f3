// Round 30 probe: Buffer values, which node-pg sends in binary format (format code 1), so that
// PostgreSQL reads them with the parameter type's receive function (manual 55.7 Bind; 8.4 bytea):
// file contents and hashes into bytea, and by mistake into text, integer, uuid, jsonb columns.
const SETUP = `CREATE TABLE blobs (id int PRIMARY KEY, data bytea, label text, n int, big bigint, ref uuid, doc jsonb, flag boolean, f float8);
INSERT INTO blobs (id, data, label) VALUES (1, '\\x6869', 'x');`;
const P = (sql, ...params) => ({ sql, params });
const buffers = [
  Buffer.from('hello'),
  Buffer.from([0, 0, 0, 42]),
  Buffer.from([0, 0, 0, 0, 0, 0, 0, 7]),
  Buffer.from([1]),
  Buffer.alloc(0),
  Buffer.from([0xc3, 0xa9]),
  Buffer.from([0xff, 0xfe]),
  Buffer.from('{"a": 1}'),
  Buffer.from([1, '{"a":1}'.length].slice(0, 1).concat([...Buffer.from('{"a":1}')])),
  Buffer.from([
    0xa0, 0xee, 0xbc, 0x99, 0x9c, 0x0b, 0x4e, 0xf8, 0xbb, 0x6d, 0x6b, 0xb9, 0xbd, 0x38, 0x0a, 0x11,
  ]),
  Buffer.from([0x3f, 0xf0, 0, 0, 0, 0, 0, 0]),
  Buffer.from('a\u0000b'),
];
const cases = [];
const cols = ['data', 'label', 'n', 'big', 'ref', 'doc', 'flag', 'f'];
buffers.forEach((buffer, i) => {
  for (const col of cols) {
    cases.push({
      name: `r30 binary ${col} #${i + 1}`,
      setup: SETUP,
      steps: [P(`INSERT INTO blobs (id, ${col}) VALUES (2, $1) RETURNING ${col}`, buffer)],
    });
  }
  cases.push({
    name: `r30 binary compare #${i + 1}`,
    setup: SETUP,
    steps: [P('SELECT id, data = $1 AS same, length($1) AS len, $1 AS echo FROM blobs', buffer)],
  });
  cases.push({
    name: `r30 binary md5 #${i + 1}`,
    setup: SETUP,
    steps: [P("SELECT md5($1) AS h, encode($1, 'hex') AS hex, encode($1, 'base64') AS b64", buffer)],
  });
  cases.push({
    name: `r30 binary where #${i + 1}`,
    setup: SETUP,
    steps: [P('UPDATE blobs SET data = $1 WHERE id = 1 RETURNING data, octet_length(data) AS n', buffer)],
  });
});
export default cases;
