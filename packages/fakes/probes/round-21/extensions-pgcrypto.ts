// Round 21 probe, contrib extensions: pgcrypto (PostgreSQL 15 docs F.28): digest and hmac with every
// algorithm, on text and bytea, the result types; crypt() with fixed salts of each kind and
// gen_salt's shape (its salt is random: only its form and a crypt round trip are compared);
// gen_random_bytes/gen_random_uuid shape; the raw encrypt/decrypt functions; pgp_* round trips and
// bad keys; bad algorithm names (22023 / 39000 / XX000 as the server raises them).
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r21 extensions: pgcrypto: ');
const EXT = 'CREATE EXTENSION pgcrypto';
const add = (name: string, steps: ProbeStep[], setup = EXT) => list.add(name, steps, setup);
const sel = (name: string, expr: string) => add(name, [`SELECT ${expr} AS v`]);

const ALGORITHMS = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];
const INPUTS = ['', 'The quick brown fox jumps over the lazy dog', 'héllo wörld'];

// ---------------------------------------------------------------- digest
for (const algorithm of ALGORITHMS) {
  INPUTS.forEach((input, index) => {
    sel(`digest ${algorithm} text ${index}`, `encode(digest('${input}', '${algorithm}'), 'hex')`);
  });
  sel(`digest ${algorithm} bytea`, `encode(digest('\\x00ff10'::bytea, '${algorithm}'), 'hex')`);
  sel(`digest ${algorithm} upper name`, `encode(digest('abc', '${algorithm.toUpperCase()}'), 'hex')`);
  sel(
    `hmac ${algorithm} text`,
    `encode(hmac('what do ya want for nothing?', 'Jefe', '${algorithm}'), 'hex')`,
  );
  sel(`hmac ${algorithm} bytea`, `encode(hmac('\\x0102'::bytea, '\\xaabb'::bytea, '${algorithm}'), 'hex')`);
  sel(`hmac ${algorithm} long key`, `encode(hmac('abc', repeat('k', 200), '${algorithm}'), 'hex')`);
}
sel('digest result type', "pg_typeof(digest('a', 'md5'))::text");
sel('hmac result type', "pg_typeof(hmac('a', 'k', 'md5'))::text");
sel('digest raw bytea', "digest('abc', 'md5')");
sel('digest null input', "digest(NULL::text, 'md5')");
sel('digest null algorithm', "digest('a', NULL)");
sel('hmac null key', "hmac('a', NULL, 'md5')");
sel('digest unknown algorithm', "digest('a', 'sha3')");
sel('digest unknown algorithm blank', "digest('a', '')");
sel('digest ripemd160', "encode(digest('abc', 'ripemd160'), 'hex')");
sel('digest md4', "encode(digest('abc', 'md4'), 'hex')");
sel('hmac unknown algorithm', "hmac('a', 'k', 'whirlpool')");
sel('digest unknown literal type', "digest('abc', 'md5') = digest('abc'::bytea, 'md5')");
sel('digest varchar', "encode(digest('abc'::varchar, 'sha1'), 'hex')");
sel('digest int ambiguous', "digest(123, 'md5')");
sel('digest vs core md5', "encode(digest('abc', 'md5'), 'hex') = md5('abc')");
sel('digest vs core sha256', "digest('abc', 'sha256') = sha256('abc'::bytea)");
list.params(
  'digest with parameters',
  "SELECT encode(digest($1::text, $2), 'hex') AS v",
  ['param', 'sha256'],
  EXT,
);
list.params(
  'hmac with parameters',
  "SELECT encode(hmac($1::bytea, $2::bytea, $3), 'hex') AS v",
  ['\\x01', '\\x02', 'sha1'],
  EXT,
);
add(
  'digest of a column',
  ["SELECT id, encode(digest(t, 'sha1'), 'hex') AS v FROM r21_t ORDER BY id"],
  `${EXT}; CREATE TABLE r21_t (id int, t text); INSERT INTO r21_t VALUES (1, 'a'), (2, NULL), (3, '')`,
);
add(
  'digest in generated column',
  ["INSERT INTO r21_t (t) VALUES ('x')", "SELECT encode(h, 'hex') AS v FROM r21_t"],
  `${EXT}; CREATE TABLE r21_t (t text, h bytea GENERATED ALWAYS AS (digest(t, 'sha256')) STORED)`,
);
add(
  'digest in index expression',
  [
    "CREATE INDEX r21_i ON r21_t (digest(t, 'md5'))",
    "SELECT count(*) AS v FROM r21_t WHERE digest(t, 'md5') = digest('a', 'md5')",
  ],
  `${EXT}; CREATE TABLE r21_t (t text); INSERT INTO r21_t VALUES ('a'), ('b')`,
);
add(
  'digest in check constraint',
  [
    "INSERT INTO r21_t VALUES ('a', digest('a', 'md5'))",
    "INSERT INTO r21_t VALUES ('a', digest('b', 'md5'))",
  ],
  `${EXT}; CREATE TABLE r21_t (t text, h bytea CHECK (h = digest(t, 'md5')))`,
);

// ---------------------------------------------------------------- crypt with fixed salts, gen_salt
for (const [name, salt] of [
  ['des', 'ab'],
  ['xdes', '_J9..rsmq'],
  ['md5', '$1$saltsalt'],
  ['md5 short salt', '$1$ab'],
  ['bf 06', '$2a$06$abcdefghijklmnopqrstuu'],
  ['bf 04', '$2a$04$0123456789abcdefghijkl'],
  ['bf 2b', '$2b$06$abcdefghijklmnopqrstuu'],
  ['bf 2x', '$2x$06$abcdefghijklmnopqrstuu'],
] as const) {
  sel(`crypt ${name}`, `crypt('password', '${salt}')`);
  sel(`crypt ${name} empty password`, `crypt('', '${salt}')`);
  sel(`crypt ${name} unicode password`, `crypt('pässwörd', '${salt}')`);
  sel(
    `crypt ${name} verify`,
    `crypt('password', crypt('password', '${salt}')) = crypt('password', '${salt}')`,
  );
}
sel('crypt bad salt', "crypt('password', '$9$zz')");
sel('crypt empty salt', "crypt('password', '')");
sel('crypt one-char salt', "crypt('password', 'a')");
sel('crypt bf bad rounds', "crypt('password', '$2a$99$abcdefghijklmnopqrstuu')");
sel('crypt bf salt too short', "crypt('password', '$2a$06$abc')");
sel('crypt null', "crypt(NULL, 'ab')");
sel('crypt result type', "pg_typeof(crypt('a', 'ab'))::text");
sel('crypt des long password truncated', "crypt('password123', 'ab') = crypt('password', 'ab')");
sel(
  'crypt md5 verify wrong',
  "crypt('wrong', '$1$saltsalt$6SNdNaZLKst2LlSm7oPPL1') = '$1$saltsalt$6SNdNaZLKst2LlSm7oPPL1'",
);
for (const [kind, pattern, length] of [
  ['bf', '^\\$2a\\$06\\$[./A-Za-z0-9]{22}$', 29],
  ['md5', '^\\$1\\$[./A-Za-z0-9]{8}$', 11],
  ['des', '^[./A-Za-z0-9]{2}$', 2],
  ['xdes', '^_[./A-Za-z0-9]{8}$', 9],
] as const) {
  sel(`gen_salt ${kind} shape`, `gen_salt('${kind}') ~ '${pattern}'`);
  sel(`gen_salt ${kind} length`, `length(gen_salt('${kind}')) = ${length}`);
  sel(
    `gen_salt ${kind} round trip`,
    `(SELECT crypt('pw', h) = h FROM (SELECT crypt('pw', gen_salt('${kind}')) AS h) s)`,
  );
  sel(
    `gen_salt ${kind} wrong password`,
    `(SELECT crypt('px', h) = h FROM (SELECT crypt('pw', gen_salt('${kind}')) AS h) s)`,
  );
  sel(`gen_salt ${kind} upper`, `length(gen_salt('${kind.toUpperCase()}')) = ${length}`);
}
sel('gen_salt bf iterations', "substr(gen_salt('bf', 4), 1, 7)");
sel('gen_salt bf iterations 10', "substr(gen_salt('bf', 10), 1, 7)");
sel('gen_salt bf iterations too low', "gen_salt('bf', 3)");
sel('gen_salt bf iterations too high', "gen_salt('bf', 32)");
sel('gen_salt xdes iterations', "substr(gen_salt('xdes', 1001), 1, 5)");
sel('gen_salt xdes even iterations', "gen_salt('xdes', 1000)");
sel('gen_salt md5 iterations', "length(gen_salt('md5', 1000))");
sel('gen_salt des iterations', "length(gen_salt('des', 25))");
sel('gen_salt unknown', "gen_salt('sha512')");
sel('gen_salt empty', "gen_salt('')");
sel('gen_salt null', 'gen_salt(NULL)');
sel('gen_salt result type', "pg_typeof(gen_salt('bf'))::text");
sel('gen_salt differs each call', "gen_salt('bf') <> gen_salt('bf')");

// ---------------------------------------------------------------- random
sel('gen_random_bytes length', 'length(gen_random_bytes(16))');
sel('gen_random_bytes type', 'pg_typeof(gen_random_bytes(1))::text');
sel('gen_random_bytes 1024', 'length(gen_random_bytes(1024))');
sel('gen_random_bytes 1025', 'gen_random_bytes(1025)');
sel('gen_random_bytes zero', 'gen_random_bytes(0)');
sel('gen_random_bytes negative', 'gen_random_bytes(-1)');
sel(
  'gen_random_uuid shape',
  "gen_random_uuid()::text ~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'",
);
sel('gen_random_uuid type', 'pg_typeof(gen_random_uuid())::text');
sel('gen_random_uuid distinct', 'gen_random_uuid() <> gen_random_uuid()');
add('gen_random_uuid schema after create', [
  "SELECT pronamespace::regnamespace::text AS s, count(*) AS n FROM pg_proc WHERE proname = 'gen_random_uuid' GROUP BY 1 ORDER BY 1",
]);
add(
  'gen_random_uuid default column',
  ['INSERT INTO r21_t DEFAULT VALUES', "SELECT count(*) AS v FROM r21_t WHERE id::text ~ '^[0-9a-f-]{36}$'"],
  `${EXT}; CREATE TABLE r21_t (id uuid PRIMARY KEY DEFAULT gen_random_uuid())`,
);
add('gen_random_uuid qualified public', ['SELECT length(public.gen_random_uuid()::text) AS v']);
add('gen_random_uuid qualified pg_catalog', ['SELECT length(pg_catalog.gen_random_uuid()::text) AS v']);

// ---------------------------------------------------------------- raw encryption
for (const algorithm of [
  'aes',
  'bf',
  'aes-cbc',
  'aes-ecb',
  'aes-cbc/pad:pkcs',
  'aes-ecb/pad:none',
  'bf-cbc',
  'bf-ecb',
] as const) {
  sel(`encrypt ${algorithm}`, `encode(encrypt('data to encrypt!', 'key', '${algorithm}'), 'hex')`);
  sel(
    `encrypt ${algorithm} round trip`,
    `convert_from(decrypt(encrypt('data to encrypt!', 'key', '${algorithm}'), 'key', '${algorithm}'), 'utf8')`,
  );
}
sel('encrypt aes 32 byte key', "encode(encrypt('abc', '0123456789abcdef0123456789abcdef', 'aes'), 'hex')");
sel('encrypt pad none unaligned', "encrypt('abc', 'key', 'aes/pad:none')");
sel('encrypt unknown algorithm', "encrypt('abc', 'key', 'rot13')");
sel('encrypt_iv aes', "encode(encrypt_iv('abc', 'key', '0123456789abcdef', 'aes-cbc'), 'hex')");
sel(
  'decrypt_iv round trip',
  "convert_from(decrypt_iv(encrypt_iv('abc', 'key', 'iv', 'aes'), 'key', 'iv', 'aes'), 'utf8')",
);
sel('decrypt wrong key', "decrypt(encrypt('data', 'key', 'aes'), 'other', 'aes')");
sel('decrypt garbage', "decrypt('\\x00'::bytea, 'key', 'aes')");
sel('encrypt des', "encode(encrypt('abcdefgh', '12345678', 'des'), 'hex')");
sel('encrypt 3des', "encode(encrypt('abcdefgh', '123456789012345678901234', '3des'), 'hex')");
sel('encrypt cast5', "encode(encrypt('abcdefgh', 'key', 'cast5'), 'hex')");

// ---------------------------------------------------------------- pgp
sel('pgp_sym round trip', "pgp_sym_decrypt(pgp_sym_encrypt('secret', 'pw'), 'pw')");
sel(
  'pgp_sym round trip options',
  "pgp_sym_decrypt(pgp_sym_encrypt('secret', 'pw', 'cipher-algo=aes256, compress-algo=1'), 'pw')",
);
sel('pgp_sym bytea round trip', "pgp_sym_decrypt_bytea(pgp_sym_encrypt_bytea('\\x0102'::bytea, 'pw'), 'pw')");
sel('pgp_sym wrong key', "pgp_sym_decrypt(pgp_sym_encrypt('secret', 'pw'), 'other')");
sel('pgp_sym bad option', "pgp_sym_encrypt('secret', 'pw', 'cipher-algo=rot13')");
sel('pgp_sym unknown option', "pgp_sym_encrypt('secret', 'pw', 'nosuch=1')");
sel('pgp_sym encrypt type', "pg_typeof(pgp_sym_encrypt('a', 'b'))::text");
sel('pgp_sym decrypt garbage', "pgp_sym_decrypt('\\x0001'::bytea, 'pw')");
sel('pgp_sym decrypt bytea of text', "pgp_sym_decrypt_bytea(pgp_sym_encrypt('abc', 'pw'), 'pw')");
sel('pgp_key_id of sym', "pgp_key_id(pgp_sym_encrypt('a', 'pw'))");
sel('armor', "armor('\\x0102'::bytea)");
sel('armor with headers', "armor('\\x0102'::bytea, ARRAY['Comment'], ARRAY['r21'])");
sel('dearmor round trip', "dearmor(armor('\\x010203'::bytea))");
sel('dearmor garbage', "dearmor('not armored')");
sel(
  'pgp_armor_headers',
  "(SELECT array_agg(key || '=' || value) FROM pgp_armor_headers(armor('\\x01'::bytea, ARRAY['A', 'B'], ARRAY['1', '2'])))::text",
);
sel('pgp_pub_encrypt bad key', "pgp_pub_encrypt('a', '\\x00'::bytea)");
add(
  'pgp in stored column',
  [
    "INSERT INTO r21_t VALUES (pgp_sym_encrypt('card', 'k'))",
    "SELECT pgp_sym_decrypt(c, 'k') AS v FROM r21_t",
  ],
  `${EXT}; CREATE TABLE r21_t (c bytea)`,
);
list.params(
  'pgp_sym parameters',
  'SELECT pgp_sym_decrypt(pgp_sym_encrypt($1, $2), $2) AS v',
  ['hello', 'pw'],
  EXT,
);
add('crypt parameters', [withParams('SELECT crypt($1, $2) AS v', 'password', '$1$saltsalt')]);

// ---------------------------------------------------------------- what newer pgcrypto added
sel('gen_salt sha256crypt', "gen_salt('sha256crypt')");
sel('gen_salt sha512crypt', "gen_salt('sha512crypt')");
sel('crypt sha256 salt', "crypt('password', '$5$saltstring')");
sel('crypt sha512 salt', "crypt('password', '$6$rounds=5000$saltstring')");
add('builtin_crypto_enabled setting', [
  "SELECT encode(digest('a', 'md5'), 'hex') AS d",
  "SELECT current_setting('pgcrypto.builtin_crypto_enabled') AS v",
]);
add('builtin_crypto_enabled show', [
  "SELECT encode(digest('a', 'md5'), 'hex') AS d",
  'SHOW pgcrypto.builtin_crypto_enabled',
]);
add('pgcrypto settings listed', [
  "SELECT encode(digest('a', 'md5'), 'hex') AS d",
  "SELECT name FROM pg_settings WHERE name LIKE 'pgcrypto.%' ORDER BY 1",
]);
add('builtin_crypto_enabled set off', [
  "SELECT encode(digest('a', 'md5'), 'hex') AS d",
  'SET pgcrypto.builtin_crypto_enabled = off',
  "SELECT crypt('pw', '$1$saltsalt') AS v",
]);
sel('fips_mode absent', 'fips_mode()');

export default list.cases;
