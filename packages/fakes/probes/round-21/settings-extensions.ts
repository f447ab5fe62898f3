// Round 21 probe, settings: customized options (docs 20.16): a dotted name no loaded module defines
// is a placeholder (SET accepts any value, SHOW shows it after a SET, 42704 before, not in
// pg_settings). PostgreSQL 15's pgcrypto (F.28) and isn (F.19) define no settings; 18's define
// pgcrypto.builtin_crypto_enabled and isn.weak. Probed before and after the library loads.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r21 settings: extension: ');
const PGCRYPTO = 'CREATE EXTENSION pgcrypto';
const ISN = 'CREATE EXTENSION isn';
const KNOWN = "SELECT crypt('secret', '$1$abcdefgh$') AS c";

for (const [ext, setup, name] of [
  ['pgcrypto', PGCRYPTO, 'pgcrypto.builtin_crypto_enabled'],
  ['isn', ISN, 'isn.weak'],
] as const) {
  for (const [when, set] of [
    ['loaded', setup],
    ['not loaded', undefined],
  ] as const) {
    const tag = `${ext} ${when}: `;
    list.add(`${tag}SHOW ${name}`, [`SHOW ${name}`, 'SELECT 1 AS alive'], set);
    list.add(`${tag}current_setting`, [`SELECT current_setting('${name}') AS v`], set);
    list.add(`${tag}current_setting missing_ok`, [`SELECT current_setting('${name}', true) AS v`], set);
    list.add(`${tag}pg_settings`, [`SELECT count(*) AS n FROM pg_settings WHERE name LIKE '${ext}%'`], set);
    list.add(
      `${tag}SET off then SHOW`,
      [`SET ${name} = off`, `SHOW ${name}`, `SELECT current_setting('${name}') AS v`],
      set,
    );
    list.add(`${tag}SET bogus value`, [`SET ${name} = 'bogus'`, `SHOW ${name}`], set);
    list.add(`${tag}SET then RESET`, [`SET ${name} = off`, `RESET ${name}`, `SHOW ${name}`], set);
    list.add(`${tag}set_config`, [`SELECT set_config('${name}', 'x', false) AS v`, `SHOW ${name}`], set);
    list.add(
      `${tag}SET LOCAL in transaction`,
      [
        'BEGIN',
        `SET LOCAL ${name} = off`,
        `SHOW ${name}`,
        'COMMIT',
        `SELECT current_setting('${name}', true) AS v`,
      ],
      set,
    );
    list.add(`${tag}quoted name`, [`SET "${name}" = on`, `SHOW "${name}"`], set);
    list.add(`${tag}upper case name`, [`SET ${name.toUpperCase()} = on`, `SHOW ${name.toUpperCase()}`], set);
    list.add(
      `${tag}DISCARD ALL`,
      [`SET ${name} = off`, 'DISCARD ALL', `SELECT current_setting('${name}', true) AS v`],
      set,
    );
  }
}
list.add(
  'pgcrypto: crypt after SET builtin off',
  ['SET pgcrypto.builtin_crypto_enabled = off', KNOWN],
  PGCRYPTO,
);
list.add(
  'pgcrypto: gen_salt after SET builtin off',
  ['SET pgcrypto.builtin_crypto_enabled = off', "SELECT length(gen_salt('md5')) AS n"],
  PGCRYPTO,
);
list.add(
  'pgcrypto: digest after SET builtin off',
  ['SET pgcrypto.builtin_crypto_enabled = off', "SELECT encode(digest('abc', 'sha256'), 'hex') AS d"],
  PGCRYPTO,
);
list.add(
  'isn: SET isn.weak on then invalid check digit',
  ['SET isn.weak = on', "SELECT '978-0-393-04002-8'::isbn13 AS i"],
  ISN,
);
list.add(
  'isn: isn_weak() then SHOW isn.weak',
  ['SELECT isn_weak(true) AS w', 'SHOW isn.weak', 'SELECT isn_weak() AS w'],
  ISN,
);
list.add(
  'isn: isn_weak() then current_setting missing_ok',
  ['SELECT isn_weak(true) AS w', "SELECT current_setting('isn.weak', true) AS v"],
  ISN,
);
list.add(
  'pg_settings: no dotted settings but plpgsql',
  ["SELECT name FROM pg_settings WHERE name LIKE '%.%' ORDER BY name"],
  `${PGCRYPTO}; ${ISN}; SELECT gen_random_uuid() IS NOT NULL; SELECT isn_weak()`,
);
list.add('other placeholders unaffected', [
  'SET r21_h125.some_thing = 42',
  'SHOW r21_h125.some_thing',
  "SELECT current_setting('r21_h125.some_thing') AS v",
]);
list.add(
  'function SET clause names it',
  [
    "CREATE FUNCTION f() RETURNS text LANGUAGE sql SET isn.weak = on AS $$ SELECT current_setting('isn.weak') $$",
    'SELECT f() AS v',
  ],
  ISN,
);
list.add('ALTER ROLE SET names it', [
  'CREATE ROLE r21_h125_role',
  'ALTER ROLE r21_h125_role SET pgcrypto.builtin_crypto_enabled = off',
  'DROP ROLE r21_h125_role',
]);

export default list.cases;
