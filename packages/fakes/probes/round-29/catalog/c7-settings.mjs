export default [
  { name: 'settings names', steps: [`SELECT name FROM pg_settings ORDER BY name`] },
  {
    name: 'settings core',
    steps: [`SELECT name, unit, context, vartype, min_val, max_val, enumvals FROM pg_settings ORDER BY name`],
  },
  {
    name: 'settings vals',
    steps: [
      `SELECT name, setting, boot_val, reset_val, source FROM pg_settings WHERE name NOT IN ('data_directory','config_file','hba_file','ident_file','port','listen_addresses','server_version','server_version_num','shared_buffers','max_connections') ORDER BY name`,
    ],
  },
  {
    name: 'settings descs',
    steps: [`SELECT name, category, short_desc, extra_desc FROM pg_settings ORDER BY name`],
  },
];
