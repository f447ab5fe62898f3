export default [
  {
    name: 'is star administrable_role_authorizations',
    steps: ['SELECT * FROM information_schema.administrable_role_authorizations WHERE false'],
  },
  {
    name: 'is star applicable_roles',
    steps: ['SELECT * FROM information_schema.applicable_roles WHERE false'],
  },
  {
    name: 'is star attributes',
    steps: ['SELECT * FROM information_schema.attributes WHERE false'],
  },
  {
    name: 'is star character_sets',
    steps: ['SELECT * FROM information_schema.character_sets WHERE false'],
  },
  {
    name: 'is star check_constraint_routine_usage',
    steps: ['SELECT * FROM information_schema.check_constraint_routine_usage WHERE false'],
  },
  {
    name: 'is star check_constraints',
    steps: ['SELECT * FROM information_schema.check_constraints WHERE false'],
  },
  {
    name: 'is star collation_character_set_applicability',
    steps: ['SELECT * FROM information_schema.collation_character_set_applicability WHERE false'],
  },
  {
    name: 'is star collations',
    steps: ['SELECT * FROM information_schema.collations WHERE false'],
  },
  {
    name: 'is star column_column_usage',
    steps: ['SELECT * FROM information_schema.column_column_usage WHERE false'],
  },
  {
    name: 'is star column_domain_usage',
    steps: ['SELECT * FROM information_schema.column_domain_usage WHERE false'],
  },
  {
    name: 'is star column_options',
    steps: ['SELECT * FROM information_schema.column_options WHERE false'],
  },
  {
    name: 'is star column_privileges',
    steps: ['SELECT * FROM information_schema.column_privileges WHERE false'],
  },
  {
    name: 'is star column_udt_usage',
    steps: ['SELECT * FROM information_schema.column_udt_usage WHERE false'],
  },
  {
    name: 'is star columns',
    steps: ['SELECT * FROM information_schema.columns WHERE false'],
  },
  {
    name: 'is star constraint_column_usage',
    steps: ['SELECT * FROM information_schema.constraint_column_usage WHERE false'],
  },
  {
    name: 'is star constraint_table_usage',
    steps: ['SELECT * FROM information_schema.constraint_table_usage WHERE false'],
  },
  {
    name: 'is star data_type_privileges',
    steps: ['SELECT * FROM information_schema.data_type_privileges WHERE false'],
  },
  {
    name: 'is star domain_constraints',
    steps: ['SELECT * FROM information_schema.domain_constraints WHERE false'],
  },
  {
    name: 'is star domain_udt_usage',
    steps: ['SELECT * FROM information_schema.domain_udt_usage WHERE false'],
  },
  {
    name: 'is star domains',
    steps: ['SELECT * FROM information_schema.domains WHERE false'],
  },
  {
    name: 'is star element_types',
    steps: ['SELECT * FROM information_schema.element_types WHERE false'],
  },
  {
    name: 'is star enabled_roles',
    steps: ['SELECT * FROM information_schema.enabled_roles WHERE false'],
  },
  {
    name: 'is star foreign_data_wrapper_options',
    steps: ['SELECT * FROM information_schema.foreign_data_wrapper_options WHERE false'],
  },
  {
    name: 'is star foreign_data_wrappers',
    steps: ['SELECT * FROM information_schema.foreign_data_wrappers WHERE false'],
  },
  {
    name: 'is star foreign_server_options',
    steps: ['SELECT * FROM information_schema.foreign_server_options WHERE false'],
  },
  {
    name: 'is star foreign_servers',
    steps: ['SELECT * FROM information_schema.foreign_servers WHERE false'],
  },
  {
    name: 'is star foreign_table_options',
    steps: ['SELECT * FROM information_schema.foreign_table_options WHERE false'],
  },
  {
    name: 'is star foreign_tables',
    steps: ['SELECT * FROM information_schema.foreign_tables WHERE false'],
  },
  {
    name: 'is star information_schema_catalog_name',
    steps: ['SELECT * FROM information_schema.information_schema_catalog_name WHERE false'],
  },
  {
    name: 'is star key_column_usage',
    steps: ['SELECT * FROM information_schema.key_column_usage WHERE false'],
  },
  {
    name: 'is star parameters',
    steps: ['SELECT * FROM information_schema.parameters WHERE false'],
  },
  {
    name: 'is star referential_constraints',
    steps: ['SELECT * FROM information_schema.referential_constraints WHERE false'],
  },
  {
    name: 'is star role_column_grants',
    steps: ['SELECT * FROM information_schema.role_column_grants WHERE false'],
  },
  {
    name: 'is star role_routine_grants',
    steps: ['SELECT * FROM information_schema.role_routine_grants WHERE false'],
  },
  {
    name: 'is star role_table_grants',
    steps: ['SELECT * FROM information_schema.role_table_grants WHERE false'],
  },
  {
    name: 'is star role_udt_grants',
    steps: ['SELECT * FROM information_schema.role_udt_grants WHERE false'],
  },
  {
    name: 'is star role_usage_grants',
    steps: ['SELECT * FROM information_schema.role_usage_grants WHERE false'],
  },
  {
    name: 'is star routine_column_usage',
    steps: ['SELECT * FROM information_schema.routine_column_usage WHERE false'],
  },
  {
    name: 'is star routine_privileges',
    steps: ['SELECT * FROM information_schema.routine_privileges WHERE false'],
  },
  {
    name: 'is star routine_routine_usage',
    steps: ['SELECT * FROM information_schema.routine_routine_usage WHERE false'],
  },
  {
    name: 'is star routine_sequence_usage',
    steps: ['SELECT * FROM information_schema.routine_sequence_usage WHERE false'],
  },
  {
    name: 'is star routine_table_usage',
    steps: ['SELECT * FROM information_schema.routine_table_usage WHERE false'],
  },
  {
    name: 'is star routines',
    steps: ['SELECT * FROM information_schema.routines WHERE false'],
  },
  {
    name: 'is star schemata',
    steps: ['SELECT * FROM information_schema.schemata WHERE false'],
  },
  {
    name: 'is star sequences',
    steps: ['SELECT * FROM information_schema.sequences WHERE false'],
  },
  {
    name: 'is star sql_features',
    steps: ['SELECT * FROM information_schema.sql_features WHERE false'],
  },
  {
    name: 'is star sql_implementation_info',
    steps: ['SELECT * FROM information_schema.sql_implementation_info WHERE false'],
  },
  {
    name: 'is star sql_parts',
    steps: ['SELECT * FROM information_schema.sql_parts WHERE false'],
  },
  {
    name: 'is star sql_sizing',
    steps: ['SELECT * FROM information_schema.sql_sizing WHERE false'],
  },
  {
    name: 'is star table_constraints',
    steps: ['SELECT * FROM information_schema.table_constraints WHERE false'],
  },
  {
    name: 'is star table_privileges',
    steps: ['SELECT * FROM information_schema.table_privileges WHERE false'],
  },
  {
    name: 'is star tables',
    steps: ['SELECT * FROM information_schema.tables WHERE false'],
  },
  {
    name: 'is star transforms',
    steps: ['SELECT * FROM information_schema.transforms WHERE false'],
  },
  {
    name: 'is star triggered_update_columns',
    steps: ['SELECT * FROM information_schema.triggered_update_columns WHERE false'],
  },
  {
    name: 'is star triggers',
    steps: ['SELECT * FROM information_schema.triggers WHERE false'],
  },
  {
    name: 'is star udt_privileges',
    steps: ['SELECT * FROM information_schema.udt_privileges WHERE false'],
  },
  {
    name: 'is star usage_privileges',
    steps: ['SELECT * FROM information_schema.usage_privileges WHERE false'],
  },
  {
    name: 'is star user_defined_types',
    steps: ['SELECT * FROM information_schema.user_defined_types WHERE false'],
  },
  {
    name: 'is star user_mapping_options',
    steps: ['SELECT * FROM information_schema.user_mapping_options WHERE false'],
  },
  {
    name: 'is star user_mappings',
    steps: ['SELECT * FROM information_schema.user_mappings WHERE false'],
  },
  {
    name: 'is star view_column_usage',
    steps: ['SELECT * FROM information_schema.view_column_usage WHERE false'],
  },
  {
    name: 'is star view_routine_usage',
    steps: ['SELECT * FROM information_schema.view_routine_usage WHERE false'],
  },
  {
    name: 'is star view_table_usage',
    steps: ['SELECT * FROM information_schema.view_table_usage WHERE false'],
  },
  {
    name: 'is star views',
    steps: ['SELECT * FROM information_schema.views WHERE false'],
  },
  {
    name: 'pg star pg_aggregate',
    steps: ['SELECT * FROM pg_catalog.pg_aggregate WHERE false'],
  },
  {
    name: 'pg star pg_am',
    steps: ['SELECT * FROM pg_catalog.pg_am WHERE false'],
  },
  {
    name: 'pg star pg_amop',
    steps: ['SELECT * FROM pg_catalog.pg_amop WHERE false'],
  },
  {
    name: 'pg star pg_amproc',
    steps: ['SELECT * FROM pg_catalog.pg_amproc WHERE false'],
  },
  {
    name: 'pg star pg_attrdef',
    steps: ['SELECT * FROM pg_catalog.pg_attrdef WHERE false'],
  },
  {
    name: 'pg star pg_attribute',
    steps: ['SELECT * FROM pg_catalog.pg_attribute WHERE false'],
  },
  {
    name: 'pg star pg_auth_members',
    steps: ['SELECT * FROM pg_catalog.pg_auth_members WHERE false'],
  },
  {
    name: 'pg star pg_authid',
    steps: ['SELECT * FROM pg_catalog.pg_authid WHERE false'],
  },
  {
    name: 'pg star pg_cast',
    steps: ['SELECT * FROM pg_catalog.pg_cast WHERE false'],
  },
  {
    name: 'pg star pg_class',
    steps: ['SELECT * FROM pg_catalog.pg_class WHERE false'],
  },
  {
    name: 'pg star pg_collation',
    steps: ['SELECT * FROM pg_catalog.pg_collation WHERE false'],
  },
  {
    name: 'pg star pg_constraint',
    steps: ['SELECT * FROM pg_catalog.pg_constraint WHERE false'],
  },
  {
    name: 'pg star pg_conversion',
    steps: ['SELECT * FROM pg_catalog.pg_conversion WHERE false'],
  },
  {
    name: 'pg star pg_database',
    steps: ['SELECT * FROM pg_catalog.pg_database WHERE false'],
  },
  {
    name: 'pg star pg_db_role_setting',
    steps: ['SELECT * FROM pg_catalog.pg_db_role_setting WHERE false'],
  },
  {
    name: 'pg star pg_default_acl',
    steps: ['SELECT * FROM pg_catalog.pg_default_acl WHERE false'],
  },
  {
    name: 'pg star pg_depend',
    steps: ['SELECT * FROM pg_catalog.pg_depend WHERE false'],
  },
  {
    name: 'pg star pg_description',
    steps: ['SELECT * FROM pg_catalog.pg_description WHERE false'],
  },
  {
    name: 'pg star pg_enum',
    steps: ['SELECT * FROM pg_catalog.pg_enum WHERE false'],
  },
  {
    name: 'pg star pg_event_trigger',
    steps: ['SELECT * FROM pg_catalog.pg_event_trigger WHERE false'],
  },
  {
    name: 'pg star pg_extension',
    steps: ['SELECT * FROM pg_catalog.pg_extension WHERE false'],
  },
  {
    name: 'pg star pg_foreign_data_wrapper',
    steps: ['SELECT * FROM pg_catalog.pg_foreign_data_wrapper WHERE false'],
  },
  {
    name: 'pg star pg_foreign_server',
    steps: ['SELECT * FROM pg_catalog.pg_foreign_server WHERE false'],
  },
  {
    name: 'pg star pg_foreign_table',
    steps: ['SELECT * FROM pg_catalog.pg_foreign_table WHERE false'],
  },
  {
    name: 'pg star pg_index',
    steps: ['SELECT * FROM pg_catalog.pg_index WHERE false'],
  },
  {
    name: 'pg star pg_inherits',
    steps: ['SELECT * FROM pg_catalog.pg_inherits WHERE false'],
  },
  {
    name: 'pg star pg_init_privs',
    steps: ['SELECT * FROM pg_catalog.pg_init_privs WHERE false'],
  },
  {
    name: 'pg star pg_language',
    steps: ['SELECT * FROM pg_catalog.pg_language WHERE false'],
  },
  {
    name: 'pg star pg_largeobject_metadata',
    steps: ['SELECT * FROM pg_catalog.pg_largeobject_metadata WHERE false'],
  },
  {
    name: 'pg star pg_namespace',
    steps: ['SELECT * FROM pg_catalog.pg_namespace WHERE false'],
  },
  {
    name: 'pg star pg_opclass',
    steps: ['SELECT * FROM pg_catalog.pg_opclass WHERE false'],
  },
  {
    name: 'pg star pg_operator',
    steps: ['SELECT * FROM pg_catalog.pg_operator WHERE false'],
  },
  {
    name: 'pg star pg_opfamily',
    steps: ['SELECT * FROM pg_catalog.pg_opfamily WHERE false'],
  },
  {
    name: 'pg star pg_parameter_acl',
    steps: ['SELECT * FROM pg_catalog.pg_parameter_acl WHERE false'],
  },
  {
    name: 'pg star pg_partitioned_table',
    steps: ['SELECT * FROM pg_catalog.pg_partitioned_table WHERE false'],
  },
  {
    name: 'pg star pg_policy',
    steps: ['SELECT * FROM pg_catalog.pg_policy WHERE false'],
  },
  {
    name: 'pg star pg_proc',
    steps: ['SELECT * FROM pg_catalog.pg_proc WHERE false'],
  },
  {
    name: 'pg star pg_publication',
    steps: ['SELECT * FROM pg_catalog.pg_publication WHERE false'],
  },
  {
    name: 'pg star pg_publication_namespace',
    steps: ['SELECT * FROM pg_catalog.pg_publication_namespace WHERE false'],
  },
  {
    name: 'pg star pg_publication_rel',
    steps: ['SELECT * FROM pg_catalog.pg_publication_rel WHERE false'],
  },
  {
    name: 'pg star pg_range',
    steps: ['SELECT * FROM pg_catalog.pg_range WHERE false'],
  },
  {
    name: 'pg star pg_replication_origin',
    steps: ['SELECT * FROM pg_catalog.pg_replication_origin WHERE false'],
  },
  {
    name: 'pg star pg_rewrite',
    steps: ['SELECT * FROM pg_catalog.pg_rewrite WHERE false'],
  },
  {
    name: 'pg star pg_seclabel',
    steps: ['SELECT * FROM pg_catalog.pg_seclabel WHERE false'],
  },
  {
    name: 'pg star pg_sequence',
    steps: ['SELECT * FROM pg_catalog.pg_sequence WHERE false'],
  },
  {
    name: 'pg star pg_shdepend',
    steps: ['SELECT * FROM pg_catalog.pg_shdepend WHERE false'],
  },
  {
    name: 'pg star pg_shdescription',
    steps: ['SELECT * FROM pg_catalog.pg_shdescription WHERE false'],
  },
  {
    name: 'pg star pg_shseclabel',
    steps: ['SELECT * FROM pg_catalog.pg_shseclabel WHERE false'],
  },
  {
    name: 'pg star pg_statistic_ext',
    steps: ['SELECT * FROM pg_catalog.pg_statistic_ext WHERE false'],
  },
  {
    name: 'pg star pg_statistic_ext_data',
    steps: ['SELECT * FROM pg_catalog.pg_statistic_ext_data WHERE false'],
  },
  {
    name: 'pg star pg_subscription',
    steps: ['SELECT * FROM pg_catalog.pg_subscription WHERE false'],
  },
  {
    name: 'pg star pg_subscription_rel',
    steps: ['SELECT * FROM pg_catalog.pg_subscription_rel WHERE false'],
  },
  {
    name: 'pg star pg_tablespace',
    steps: ['SELECT * FROM pg_catalog.pg_tablespace WHERE false'],
  },
  {
    name: 'pg star pg_transform',
    steps: ['SELECT * FROM pg_catalog.pg_transform WHERE false'],
  },
  {
    name: 'pg star pg_trigger',
    steps: ['SELECT * FROM pg_catalog.pg_trigger WHERE false'],
  },
  {
    name: 'pg star pg_ts_config',
    steps: ['SELECT * FROM pg_catalog.pg_ts_config WHERE false'],
  },
  {
    name: 'pg star pg_ts_config_map',
    steps: ['SELECT * FROM pg_catalog.pg_ts_config_map WHERE false'],
  },
  {
    name: 'pg star pg_ts_dict',
    steps: ['SELECT * FROM pg_catalog.pg_ts_dict WHERE false'],
  },
  {
    name: 'pg star pg_ts_parser',
    steps: ['SELECT * FROM pg_catalog.pg_ts_parser WHERE false'],
  },
  {
    name: 'pg star pg_ts_template',
    steps: ['SELECT * FROM pg_catalog.pg_ts_template WHERE false'],
  },
  {
    name: 'pg star pg_type',
    steps: ['SELECT * FROM pg_catalog.pg_type WHERE false'],
  },
  {
    name: 'pg star pg_user_mapping',
    steps: ['SELECT * FROM pg_catalog.pg_user_mapping WHERE false'],
  },
  {
    name: 'pg star pg_available_extensions',
    steps: ['SELECT * FROM pg_catalog.pg_available_extensions WHERE false'],
  },
  {
    name: 'pg star pg_available_extension_versions',
    steps: ['SELECT * FROM pg_catalog.pg_available_extension_versions WHERE false'],
  },
  {
    name: 'pg star pg_backend_memory_contexts',
    steps: ['SELECT * FROM pg_catalog.pg_backend_memory_contexts WHERE false'],
  },
  {
    name: 'pg star pg_config',
    steps: ['SELECT * FROM pg_catalog.pg_config WHERE false'],
  },
  {
    name: 'pg star pg_cursors',
    steps: ['SELECT * FROM pg_catalog.pg_cursors WHERE false'],
  },
  {
    name: 'pg star pg_file_settings',
    steps: ['SELECT * FROM pg_catalog.pg_file_settings WHERE false'],
  },
  {
    name: 'pg star pg_group',
    steps: ['SELECT * FROM pg_catalog.pg_group WHERE false'],
  },
  {
    name: 'pg star pg_hba_file_rules',
    steps: ['SELECT * FROM pg_catalog.pg_hba_file_rules WHERE false'],
  },
  {
    name: 'pg star pg_ident_file_mappings',
    steps: ['SELECT * FROM pg_catalog.pg_ident_file_mappings WHERE false'],
  },
  {
    name: 'pg star pg_indexes',
    steps: ['SELECT * FROM pg_catalog.pg_indexes WHERE false'],
  },
  {
    name: 'pg star pg_locks',
    steps: ['SELECT * FROM pg_catalog.pg_locks WHERE false'],
  },
  {
    name: 'pg star pg_matviews',
    steps: ['SELECT * FROM pg_catalog.pg_matviews WHERE false'],
  },
  {
    name: 'pg star pg_policies',
    steps: ['SELECT * FROM pg_catalog.pg_policies WHERE false'],
  },
  {
    name: 'pg star pg_prepared_statements',
    steps: ['SELECT * FROM pg_catalog.pg_prepared_statements WHERE false'],
  },
  {
    name: 'pg star pg_prepared_xacts',
    steps: ['SELECT * FROM pg_catalog.pg_prepared_xacts WHERE false'],
  },
  {
    name: 'pg star pg_publication_tables',
    steps: ['SELECT * FROM pg_catalog.pg_publication_tables WHERE false'],
  },
  {
    name: 'pg star pg_replication_origin_status',
    steps: ['SELECT * FROM pg_catalog.pg_replication_origin_status WHERE false'],
  },
  {
    name: 'pg star pg_replication_slots',
    steps: ['SELECT * FROM pg_catalog.pg_replication_slots WHERE false'],
  },
  {
    name: 'pg star pg_roles',
    steps: ['SELECT * FROM pg_catalog.pg_roles WHERE false'],
  },
  {
    name: 'pg star pg_rules',
    steps: ['SELECT * FROM pg_catalog.pg_rules WHERE false'],
  },
  {
    name: 'pg star pg_seclabels',
    steps: ['SELECT * FROM pg_catalog.pg_seclabels WHERE false'],
  },
  {
    name: 'pg star pg_sequences',
    steps: ['SELECT * FROM pg_catalog.pg_sequences WHERE false'],
  },
  {
    name: 'pg star pg_settings',
    steps: ['SELECT * FROM pg_catalog.pg_settings WHERE false'],
  },
  {
    name: 'pg star pg_shadow',
    steps: ['SELECT * FROM pg_catalog.pg_shadow WHERE false'],
  },
  {
    name: 'pg star pg_shmem_allocations',
    steps: ['SELECT * FROM pg_catalog.pg_shmem_allocations WHERE false'],
  },
  {
    name: 'pg star pg_stats',
    steps: ['SELECT * FROM pg_catalog.pg_stats WHERE false'],
  },
  {
    name: 'pg star pg_stats_ext',
    steps: ['SELECT * FROM pg_catalog.pg_stats_ext WHERE false'],
  },
  {
    name: 'pg star pg_stats_ext_exprs',
    steps: ['SELECT * FROM pg_catalog.pg_stats_ext_exprs WHERE false'],
  },
  {
    name: 'pg star pg_tables',
    steps: ['SELECT * FROM pg_catalog.pg_tables WHERE false'],
  },
  {
    name: 'pg star pg_timezone_abbrevs',
    steps: ['SELECT * FROM pg_catalog.pg_timezone_abbrevs WHERE false'],
  },
  {
    name: 'pg star pg_timezone_names',
    steps: ['SELECT * FROM pg_catalog.pg_timezone_names WHERE false'],
  },
  {
    name: 'pg star pg_user',
    steps: ['SELECT * FROM pg_catalog.pg_user WHERE false'],
  },
  {
    name: 'pg star pg_user_mappings',
    steps: ['SELECT * FROM pg_catalog.pg_user_mappings WHERE false'],
  },
  {
    name: 'pg star pg_views',
    steps: ['SELECT * FROM pg_catalog.pg_views WHERE false'],
  },
  {
    name: 'pg star pg_stat_activity',
    steps: ['SELECT * FROM pg_catalog.pg_stat_activity WHERE false'],
  },
  {
    name: 'pg star pg_stat_all_indexes',
    steps: ['SELECT * FROM pg_catalog.pg_stat_all_indexes WHERE false'],
  },
  {
    name: 'pg star pg_stat_all_tables',
    steps: ['SELECT * FROM pg_catalog.pg_stat_all_tables WHERE false'],
  },
  {
    name: 'pg star pg_stat_archiver',
    steps: ['SELECT * FROM pg_catalog.pg_stat_archiver WHERE false'],
  },
  {
    name: 'pg star pg_stat_bgwriter',
    steps: ['SELECT * FROM pg_catalog.pg_stat_bgwriter WHERE false'],
  },
  {
    name: 'pg star pg_stat_database',
    steps: ['SELECT * FROM pg_catalog.pg_stat_database WHERE false'],
  },
  {
    name: 'pg star pg_stat_database_conflicts',
    steps: ['SELECT * FROM pg_catalog.pg_stat_database_conflicts WHERE false'],
  },
  {
    name: 'pg star pg_stat_gssapi',
    steps: ['SELECT * FROM pg_catalog.pg_stat_gssapi WHERE false'],
  },
  {
    name: 'pg star pg_stat_progress_analyze',
    steps: ['SELECT * FROM pg_catalog.pg_stat_progress_analyze WHERE false'],
  },
  {
    name: 'pg star pg_stat_progress_basebackup',
    steps: ['SELECT * FROM pg_catalog.pg_stat_progress_basebackup WHERE false'],
  },
  {
    name: 'pg star pg_stat_progress_cluster',
    steps: ['SELECT * FROM pg_catalog.pg_stat_progress_cluster WHERE false'],
  },
  {
    name: 'pg star pg_stat_progress_copy',
    steps: ['SELECT * FROM pg_catalog.pg_stat_progress_copy WHERE false'],
  },
  {
    name: 'pg star pg_stat_progress_create_index',
    steps: ['SELECT * FROM pg_catalog.pg_stat_progress_create_index WHERE false'],
  },
  {
    name: 'pg star pg_stat_progress_vacuum',
    steps: ['SELECT * FROM pg_catalog.pg_stat_progress_vacuum WHERE false'],
  },
  {
    name: 'pg star pg_stat_recovery_prefetch',
    steps: ['SELECT * FROM pg_catalog.pg_stat_recovery_prefetch WHERE false'],
  },
  {
    name: 'pg star pg_stat_replication',
    steps: ['SELECT * FROM pg_catalog.pg_stat_replication WHERE false'],
  },
  {
    name: 'pg star pg_stat_replication_slots',
    steps: ['SELECT * FROM pg_catalog.pg_stat_replication_slots WHERE false'],
  },
  {
    name: 'pg star pg_stat_slru',
    steps: ['SELECT * FROM pg_catalog.pg_stat_slru WHERE false'],
  },
  {
    name: 'pg star pg_stat_ssl',
    steps: ['SELECT * FROM pg_catalog.pg_stat_ssl WHERE false'],
  },
  {
    name: 'pg star pg_stat_subscription',
    steps: ['SELECT * FROM pg_catalog.pg_stat_subscription WHERE false'],
  },
  {
    name: 'pg star pg_stat_subscription_stats',
    steps: ['SELECT * FROM pg_catalog.pg_stat_subscription_stats WHERE false'],
  },
  {
    name: 'pg star pg_stat_sys_indexes',
    steps: ['SELECT * FROM pg_catalog.pg_stat_sys_indexes WHERE false'],
  },
  {
    name: 'pg star pg_stat_sys_tables',
    steps: ['SELECT * FROM pg_catalog.pg_stat_sys_tables WHERE false'],
  },
  {
    name: 'pg star pg_stat_user_functions',
    steps: ['SELECT * FROM pg_catalog.pg_stat_user_functions WHERE false'],
  },
  {
    name: 'pg star pg_stat_user_indexes',
    steps: ['SELECT * FROM pg_catalog.pg_stat_user_indexes WHERE false'],
  },
  {
    name: 'pg star pg_stat_user_tables',
    steps: ['SELECT * FROM pg_catalog.pg_stat_user_tables WHERE false'],
  },
  {
    name: 'pg star pg_stat_wal',
    steps: ['SELECT * FROM pg_catalog.pg_stat_wal WHERE false'],
  },
  {
    name: 'pg star pg_stat_wal_receiver',
    steps: ['SELECT * FROM pg_catalog.pg_stat_wal_receiver WHERE false'],
  },
  {
    name: 'pg star pg_stat_xact_all_tables',
    steps: ['SELECT * FROM pg_catalog.pg_stat_xact_all_tables WHERE false'],
  },
  {
    name: 'pg star pg_stat_xact_sys_tables',
    steps: ['SELECT * FROM pg_catalog.pg_stat_xact_sys_tables WHERE false'],
  },
  {
    name: 'pg star pg_stat_xact_user_functions',
    steps: ['SELECT * FROM pg_catalog.pg_stat_xact_user_functions WHERE false'],
  },
  {
    name: 'pg star pg_stat_xact_user_tables',
    steps: ['SELECT * FROM pg_catalog.pg_stat_xact_user_tables WHERE false'],
  },
  {
    name: 'pg star pg_statio_all_indexes',
    steps: ['SELECT * FROM pg_catalog.pg_statio_all_indexes WHERE false'],
  },
  {
    name: 'pg star pg_statio_all_sequences',
    steps: ['SELECT * FROM pg_catalog.pg_statio_all_sequences WHERE false'],
  },
  {
    name: 'pg star pg_statio_all_tables',
    steps: ['SELECT * FROM pg_catalog.pg_statio_all_tables WHERE false'],
  },
  {
    name: 'pg star pg_statio_sys_indexes',
    steps: ['SELECT * FROM pg_catalog.pg_statio_sys_indexes WHERE false'],
  },
  {
    name: 'pg star pg_statio_sys_sequences',
    steps: ['SELECT * FROM pg_catalog.pg_statio_sys_sequences WHERE false'],
  },
  {
    name: 'pg star pg_statio_sys_tables',
    steps: ['SELECT * FROM pg_catalog.pg_statio_sys_tables WHERE false'],
  },
  {
    name: 'pg star pg_statio_user_indexes',
    steps: ['SELECT * FROM pg_catalog.pg_statio_user_indexes WHERE false'],
  },
  {
    name: 'pg star pg_statio_user_sequences',
    steps: ['SELECT * FROM pg_catalog.pg_statio_user_sequences WHERE false'],
  },
  {
    name: 'pg star pg_statio_user_tables',
    steps: ['SELECT * FROM pg_catalog.pg_statio_user_tables WHERE false'],
  },
];
