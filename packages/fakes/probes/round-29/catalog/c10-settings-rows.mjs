const c = (name, ...steps) => ({ name, steps });
export default [
  c(
    'work_mem row',
    `SELECT name, setting, unit, category, short_desc, extra_desc, context, vartype, min_val, max_val FROM pg_settings WHERE name = 'work_mem'`,
  ),
  c(
    'statement_timeout row',
    `SELECT name, setting, unit, category, short_desc, extra_desc, context, vartype, min_val, max_val, boot_val FROM pg_settings WHERE name = 'statement_timeout'`,
  ),
  c(
    'server_version_num row',
    `SELECT name, setting, min_val, max_val, boot_val, reset_val FROM pg_settings WHERE name IN ('server_version_num', 'server_version') ORDER BY 1`,
  ),
  c(
    'autovacuum rows',
    `SELECT name, category, context FROM pg_settings WHERE name LIKE 'autovacuum%' ORDER BY 1`,
  ),
  c(
    'maintenance_work_mem row',
    `SELECT name, min_val, unit FROM pg_settings WHERE name = 'maintenance_work_mem'`,
  ),
  c('categories', `SELECT category, count(*) FROM pg_settings GROUP BY category ORDER BY 1`),
  c(
    'search_path row',
    `SET search_path = app, public`,
    `SELECT name, setting, short_desc, source, reset_val FROM pg_settings WHERE name = 'search_path'`,
  ),
  c(
    'settings join alias',
    `SELECT s.name, s.short_desc FROM pg_settings s WHERE s.name IN ('TimeZone','DateStyle','IntervalStyle','application_name','client_min_messages','extra_float_digits') ORDER BY 1`,
  ),
  c(
    'default_toast_compression lz4',
    `SET default_toast_compression = 'lz4'`,
    `SHOW default_toast_compression`,
  ),
  c('wal_compression lz4', `SET wal_compression = 'lz4'`),
  c('show all', `SHOW ALL`),
];
