const c = (name, ...steps) => ({ name, steps });
export default [
  c('work_mem 10', `SET work_mem = 10`),
  c('maintenance_work_mem 10', `SET maintenance_work_mem = 10`),
  c('maintenance_work_mem 1024', `SET maintenance_work_mem = 1024`, `SHOW maintenance_work_mem`),
  c('maintenance_work_mem 0.9MB', `SET maintenance_work_mem = '0.9MB'`),
  c('maintenance_work_mem 1048576B', `SET maintenance_work_mem = '1048576B'`, `SHOW maintenance_work_mem`),
  c('maintenance_work_mem 1000000B', `SET maintenance_work_mem = '1000000B'`),
  c('maintenance_work_mem bad unit', `SET maintenance_work_mem = '512mb'`),
  c(
    'maintenance_work_mem in tx aborts',
    `BEGIN`,
    `SET maintenance_work_mem = '512kB'`,
    `SHOW maintenance_work_mem`,
    `ROLLBACK`,
  ),
  c('maintenance_work_mem set_config param', {
    sql: 'SELECT set_config($1, $2, false)',
    params: ['maintenance_work_mem', '256kB'],
  }),
  c(
    'maintenance_work_mem function set',
    `CREATE FUNCTION f() RETURNS int LANGUAGE sql SET maintenance_work_mem = '512kB' AS 'SELECT 1'`,
  ),
  c('idle_session_timeout zero', `SET idle_session_timeout = 0`, `SHOW idle_session_timeout`),
  c('idle_session_timeout 1min', `SET idle_session_timeout = '1min'`, `SHOW idle_session_timeout`),
  c(
    'idle_session_timeout set_config',
    `SELECT set_config('idle_session_timeout', '5000', false)`,
    `SHOW idle_session_timeout`,
  ),
  c('idle_session_timeout negative', `SET idle_session_timeout = -1`),
  c('idle_session_timeout reset', `RESET idle_session_timeout`, `SHOW idle_session_timeout`),
];
