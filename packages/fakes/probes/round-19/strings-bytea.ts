// Round 19 probe, strings part 2: PostgreSQL 15 docs 9.5 (binary string functions and operators),
// 8.4 (bytea input and output, bytea_output) and the text/bytea conversions (encode, decode,
// convert_to, convert_from), with NULLs, edge values and the errors.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 strings: bytea: ');
const T = `CREATE TABLE b (id int PRIMARY KEY, d bytea);
INSERT INTO b VALUES (1, '\\x00ff10'), (2, ''), (3, NULL), (4, 'abc\\\\def'), (5, '\\x5c27')`;

const exprs: Array<[string, string]> = [
  ['hex input', `'\\xDEADBEEF'::bytea`],
  ['hex input lower', `'\\xdeadbeef'::bytea`],
  ['hex input with spaces', `'\\x de ad be ef'::bytea`],
  ['hex input odd digits errors', `'\\xabc'::bytea`],
  ['hex input bad digit errors', `'\\xzz'::bytea`],
  ['hex input empty', `'\\x'::bytea`],
  ['escape input octal', `'\\001\\002'::bytea`],
  ['escape input backslash pair', `'a\\\\b'::bytea`],
  ['escape input bad escape errors', `'\\9'::bytea`],
  ['escape input lone backslash errors', `'abc\\'::bytea`],
  ['escape input high bytes', `'\\377\\200'::bytea`],
  ['escape input multibyte text', `'é'::bytea`],
  ['E string bytea', `E'\\\\x41'::bytea`],
  ['concat operator', `'\\x123456'::bytea || '\\x789a00bcde'::bytea`],
  ['concat operator NULL', `'\\x12'::bytea || NULL::bytea`],
  ['concat bytea and text gives text', `pg_typeof('\\x12'::bytea || 'a'::text)`],
  ['bit_length', `bit_length('\\x123456'::bytea)`],
  ['btrim bytea', `btrim('\\x1234567890'::bytea, '\\x9012'::bytea)`],
  ['ltrim bytea', `ltrim('\\x1234567890'::bytea, '\\x9012'::bytea)`],
  ['rtrim bytea', `rtrim('\\x1234567890'::bytea, '\\x9012'::bytea)`],
  ['trim both bytea', `trim(both '\\x9012'::bytea from '\\x1234567890'::bytea)`],
  ['trim leading bytea', `trim(leading '\\x12'::bytea from '\\x121234'::bytea)`],
  ['octet_length', `octet_length('\\x123456'::bytea)`],
  ['length bytea', `length('\\x123456'::bytea)`],
  ['overlay bytea', `overlay('\\x1234567890'::bytea placing '\\002\\003'::bytea from 2 for 3)`],
  ['overlay bytea no for', `overlay('\\x1234'::bytea placing '\\xff'::bytea from 2)`],
  ['position bytea', `position('\\x5678'::bytea in '\\x1234567890'::bytea)`],
  ['position bytea missing', `position('\\xff'::bytea in '\\x1234'::bytea)`],
  ['position bytea empty', `position(''::bytea in '\\x1234'::bytea)`],
  ['substring bytea', `substring('\\x1234567890'::bytea from 3 for 2)`],
  ['substring bytea from', `substring('\\x1234567890'::bytea from 4)`],
  ['substring bytea for', `substring('\\x1234567890'::bytea for 2)`],
  ['substring bytea negative for errors', `substring('\\x1234'::bytea from 1 for -1)`],
  ['substring bytea from zero', `substring('\\x123456'::bytea from 0 for 2)`],
  ['substr bytea', `substr('\\x1234567890'::bytea, 3, 2)`],
  ['bit_count', `bit_count('\\x1234567890'::bytea)`],
  ['get_bit', `get_bit('\\x1234567890'::bytea, 30)`],
  ['get_bit out of range errors', `get_bit('\\x12'::bytea, 8)`],
  ['get_bit negative errors', `get_bit('\\x12'::bytea, -1)`],
  ['get_byte', `get_byte('\\x1234567890'::bytea, 4)`],
  ['get_byte out of range errors', `get_byte('\\x12'::bytea, 1)`],
  ['get_byte empty errors', `get_byte(''::bytea, 0)`],
  ['length with encoding', `length('jose'::bytea, 'UTF8')`],
  ['length with encoding multibyte', `length(convert_to('josé', 'UTF8'), 'UTF8')`],
  ['length with latin1', `length(convert_to('josé', 'LATIN1'), 'LATIN1')`],
  ['length with invalid bytes errors', `length('\\xff'::bytea, 'UTF8')`],
  ['length with bad encoding errors', `length('a'::bytea, 'NOPE')`],
  ['md5 bytea', `md5('Th\\000omas'::bytea)`],
  ['set_bit', `set_bit('\\x1234567890'::bytea, 30, 0)`],
  ['set_bit to one', `set_bit('\\x00'::bytea, 0, 1)`],
  ['set_bit bad value errors', `set_bit('\\x00'::bytea, 0, 2)`],
  ['set_bit out of range errors', `set_bit('\\x00'::bytea, 8, 1)`],
  ['set_byte', `set_byte('\\x1234567890'::bytea, 4, 64)`],
  ['set_byte out of range errors', `set_byte('\\x12'::bytea, 2, 1)`],
  ['set_byte value wraps', `set_byte('\\x12'::bytea, 0, 256)`],
  ['set_byte negative value', `set_byte('\\x12'::bytea, 0, -1)`],
  ['sha224', `sha224('abc'::bytea)`],
  ['sha256', `sha256('abc'::bytea)`],
  ['sha384', `sha384('abc'::bytea)`],
  ['sha512', `sha512('abc'::bytea)`],
  ['sha256 empty', `sha256(''::bytea)`],
  ['sha256 text literal resolves to bytea', `sha256('abc')`],
  ['sha256 text errors', `sha256('abc'::text)`],
  ['sha256 NULL', `sha256(NULL)`],
  ['encode hex', `encode('123\\000\\001'::bytea, 'hex')`],
  ['encode base64', `encode('123\\000\\001'::bytea, 'base64')`],
  ['encode escape', `encode('123\\000\\001'::bytea, 'escape')`],
  ['encode escape high bytes and backslash', `encode('\\x5cff7f80'::bytea, 'escape')`],
  ['encode base64 long wraps', `encode(sha512('x'::bytea) || sha512('y'::bytea), 'base64')`],
  ['encode base64 76 boundary', `encode(decode(repeat('ab', 57), 'hex'), 'base64')`],
  ['encode uppercase format', `encode('\\x01'::bytea, 'HEX')`],
  ['encode bad format errors', `encode('\\x01'::bytea, 'base32')`],
  ['encode NULL', `encode(NULL, 'hex')`],
  ['encode empty', `encode(''::bytea, 'base64')`],
  ['decode hex', `decode('MTIzAAE=', 'base64')`],
  ['decode hex form', `decode('313233', 'hex')`],
  ['decode hex uppercase', `decode('ABCDEF', 'hex')`],
  [
    'decode hex whitespace',
    `decode('31 32
33', 'hex')`,
  ],
  ['decode hex odd errors', `decode('123', 'hex')`],
  ['decode hex bad errors', `decode('1g', 'hex')`],
  ['decode base64 no padding errors', `decode('MTIz=', 'base64')`],
  ['decode base64 missing padding', `decode('MTI', 'base64')`],
  [
    'decode base64 whitespace',
    `decode('MT Iz
AAE=', 'base64')`,
  ],
  ['decode base64 bad char errors', `decode('MT!z', 'base64')`],
  ['decode base64 too much padding', `decode('MQ===', 'base64')`],
  ['decode escape', `decode('123\\000456', 'escape')`],
  ['decode escape backslashes', `decode('a\\\\b', 'escape')`],
  ['decode escape bad errors', `decode('\\9', 'escape')`],
  ['decode bad format errors', `decode('00', 'nope')`],
  ['decode NULL', `decode(NULL, 'hex')`],
  ['convert_to utf8', `convert_to('some_text', 'UTF8')`],
  ['convert_to latin1', `convert_to('é', 'LATIN1')`],
  ['convert_to latin1 unmappable errors', `convert_to('日', 'LATIN1')`],
  ['convert_to win1252 euro', `convert_to('€', 'WIN1252')`],
  ['convert_to bad encoding errors', `convert_to('a', 'NOPE')`],
  ['convert_to lower encoding name', `convert_to('é', 'latin1')`],
  ['convert_to encoding alias', `convert_to('é', 'ISO-8859-1')`],
  ['convert_from utf8', `convert_from('text_in_utf8'::bytea, 'UTF8')`],
  ['convert_from latin1', `convert_from('\\xe9'::bytea, 'LATIN1')`],
  ['convert_from invalid utf8 errors', `convert_from('\\xff'::bytea, 'UTF8')`],
  ['convert_from zero byte errors', `convert_from('\\x6100'::bytea, 'UTF8')`],
  ['convert_from sql_ascii', `convert_from('abc'::bytea, 'SQL_ASCII')`],
  ['convert latin1 to utf8', `convert('\\xe9'::bytea, 'LATIN1', 'UTF8')`],
  ['convert bad dest errors', `convert('a'::bytea, 'UTF8', 'NOPE')`],
  ['convert utf8 to win1251', `convert(convert_to('Ж', 'UTF8'), 'UTF8', 'WIN1251')`],
  ['convert_from koi8r', `convert_from('\\xf6'::bytea, 'KOI8R')`],
  ['convert_to euc_jp', `convert_to('日本', 'EUC_JP')`],
  ['convert_to sjis', `convert_to('日本', 'SJIS')`],
  ['convert_from big5', `convert_from('\\xa440'::bytea, 'BIG5')`],
  ['bytea equality', `'\\x01'::bytea = '\\x01'::bytea`],
  ['bytea less than', `'\\x01'::bytea < '\\x0100'::bytea`],
  ['bytea ordering high bytes', `'\\x80'::bytea > '\\x7f'::bytea`],
  ['bytea like', `'\\x616263'::bytea LIKE 'a%'`],
  ['bytea not like', `'abc'::bytea NOT LIKE '_b_'`],
  ['bytea like escape', `'a%c'::bytea LIKE 'a\\%c'`],
  ['bytea ilike errors', `'abc'::bytea ILIKE 'A%'`],
  ['bytea cast to text', `'\\x4142'::bytea::text`],
  ['text cast to bytea', `'AB'::text::bytea`],
  ['bytea to int errors', `'\\x01'::bytea::int`],
  ['bytea max', `(SELECT max(x) FROM (VALUES ('\\x01'::bytea), ('\\xff'::bytea)) v(x))`],
  [
    'bytea string_agg',
    `(SELECT string_agg(x, '\\x2c'::bytea) FROM (VALUES ('\\x61'::bytea), ('\\x62'::bytea)) v(x))`,
  ],
  ['bytea array', `ARRAY['\\x01'::bytea, '\\x02'::bytea]`],
  ['bytea array text', `ARRAY['\\x01'::bytea]::text`],
  ['bytea in row', `ROW('\\x01'::bytea, 'a')::text`],
  ['bytea in json', `to_json('\\x0102'::bytea)`],
  ['bytea in jsonb', `to_jsonb('\\xff'::bytea)`],
  ['bytea repeat errors', `repeat('\\x01'::bytea, 2)`],
  ['bytea reverse errors', `reverse('\\x0102'::bytea)`],
  ['bytea concat function', `pg_typeof(concat('\\x01'::bytea, '\\x02'::bytea))`],
  ['int4send', `int4send(258)`],
  ['int8send', `int8send(1::bigint)`],
  ['textsend', `textsend('ab')`],
  ['bytea with bit', `'\\xff'::bytea::bit(8)`],
  ['decode then encode round trip', `encode(decode('deadbeef', 'hex'), 'base64')`],
  ['gen_random_uuid length', `octet_length(uuid_send(gen_random_uuid()))`],
];
for (const [name, expr] of exprs) list.select(name, expr);

// ---------------------------------------------------------------- bytea_output
list.add('bytea_output escape', [`SET bytea_output = 'escape'`, `SELECT '\\x00ff415c27'::bytea AS v`]);
list.add('bytea_output escape text cast', [
  `SET bytea_output = escape`,
  `SELECT '\\x00ff41'::bytea::text AS v`,
]);
list.add('bytea_output escape array', [`SET bytea_output = 'escape'`, `SELECT ARRAY['\\x00ff'::bytea] AS v`]);
list.add('bytea_output escape json', [
  `SET bytea_output = 'escape'`,
  `SELECT to_json('\\x41ff'::bytea) AS v`,
]);
list.add('bytea_output escape printable', [
  `SET bytea_output = 'escape'`,
  `SELECT 'hello world'::bytea::text AS v`,
]);
list.add('bytea_output show default', [`SHOW bytea_output`]);
list.add('bytea_output bad value', [`SET bytea_output = 'base64'`]);
list.add('bytea_output reset', [
  `SET bytea_output = 'escape'`,
  `RESET bytea_output`,
  `SELECT '\\x41'::bytea::text AS v`,
]);
list.add('bytea_output current_setting', [
  `SET bytea_output = 'escape'`,
  `SELECT current_setting('bytea_output') AS v`,
]);
list.add('bytea_output local', [
  'BEGIN',
  `SET LOCAL bytea_output = 'escape'`,
  `SELECT '\\x41ff'::bytea::text AS v`,
  'COMMIT',
  `SELECT '\\x41ff'::bytea::text AS w`,
]);
list.add('bytea_output escape format', [
  `SET bytea_output = 'escape'`,
  `SELECT format('%s', '\\x0a41'::bytea) AS v`,
]);
list.add('bytea_output escape concat', [
  `SET bytea_output = 'escape'`,
  `SELECT concat('\\x0a41'::bytea, 'x') AS v`,
]);
list.add(
  'bytea_output escape table',
  [`SET bytea_output = 'escape'`, `SELECT id, d::text AS v FROM b ORDER BY id`],
  T,
);

// ---------------------------------------------------------------- on a table
const tbl: Array<[string, string]> = [
  ['select column', `SELECT id, d AS v FROM b ORDER BY id`],
  ['column as text', `SELECT id, d::text AS v FROM b ORDER BY id`],
  ['encode hex column', `SELECT id, encode(d, 'hex') AS v FROM b ORDER BY id`],
  ['encode escape column', `SELECT id, encode(d, 'escape') AS v FROM b ORDER BY id`],
  ['encode base64 column', `SELECT id, encode(d, 'base64') AS v FROM b ORDER BY id`],
  ['length column', `SELECT id, length(d) AS v, octet_length(d) AS o FROM b ORDER BY id`],
  ['get_byte column', `SELECT id, get_byte(d, 0) AS v FROM b WHERE length(d) > 0 ORDER BY id`],
  ['order by bytea', `SELECT id FROM b ORDER BY d NULLS FIRST, id`],
  ['md5 column', `SELECT id, md5(d) AS v FROM b ORDER BY id`],
  ['sha256 column', `SELECT id, sha256(d) AS v FROM b ORDER BY id`],
  ['like on bytea column', `SELECT id FROM b WHERE d LIKE 'abc%' ORDER BY id`],
  ['where equals bytea', `SELECT id FROM b WHERE d = '\\x00ff10' ORDER BY id`],
  ['concat column', `SELECT id, d || '\\x00'::bytea AS v FROM b ORDER BY id`],
  ['substring column', `SELECT id, substring(d from 2 for 1) AS v FROM b ORDER BY id`],
  ['distinct bytea', `SELECT count(DISTINCT d)::int AS v FROM b`],
  ['update set_byte', `UPDATE b SET d = set_byte(d, 0, 65) WHERE id = 1 RETURNING d AS v`],
  ['insert decode', `INSERT INTO b VALUES (9, decode('cafe', 'hex')) RETURNING d AS v`],
  ['insert text into bytea', `INSERT INTO b VALUES (9, 'plain') RETURNING d AS v`],
  ['insert bad bytea errors', `INSERT INTO b VALUES (9, '\\xq')`],
];
for (const [name, sql] of tbl) list.add(name, [sql], T);

// ---------------------------------------------------------------- parameters
list.params('param bytea buffer', `SELECT $1::bytea AS v`, [Buffer.from([0, 1, 254, 255])]);
list.params('param bytea hex text', `SELECT $1::bytea AS v`, ['\\x0102']);
list.params('param bytea escape text', `SELECT $1::bytea AS v`, ['ab\\\\c']);
list.params('param encode', `SELECT encode($1, $2) AS v`, [Buffer.from('hi'), 'base64']);
list.params('param decode', `SELECT decode($1, $2) AS v`, ['aGk=', 'base64']);
list.params('param sha256 buffer', `SELECT sha256($1) AS v`, [Buffer.from('abc')]);
list.params('param length bytea', `SELECT octet_length($1::bytea) AS v`, [Buffer.from([1, 2, 3])]);
list.params('param get_byte', `SELECT get_byte($1::bytea, $2) AS v`, [Buffer.from([7, 8]), 1]);
list.params('param convert_from', `SELECT convert_from($1, $2) AS v`, [Buffer.from('é', 'latin1'), 'LATIN1']);
list.params('param convert_to', `SELECT convert_to($1, $2) AS v`, ['é', 'UTF8']);
list.params('param bytea bad hex', `SELECT $1::bytea AS v`, ['\\x0']);
list.params('param bytea concat', `SELECT $1::bytea || $2::bytea AS v`, [Buffer.from([1]), Buffer.from([2])]);
list.params(
  'param bytea in insert',
  `INSERT INTO b VALUES (8, $1) RETURNING d AS v`,
  [Buffer.from([0x5c, 0])],
  T,
);

export default list.cases;
