import type { SqlCase } from '../sql-case.js';
import { arrayCases } from './arrays.js';
import { cteWindowCases } from './ctes-windows.js';
import { ddlCases } from './ddl.js';
import { errorCases } from './errors.js';
import { functionCases } from './functions.js';
import { groupingCases } from './grouping.js';
import { insertUpsertCases } from './inserts-upserts.js';
import { jsonCases } from './json.js';
import { lockingClaimCases } from './locking-claims.js';
import { orderingLimitCases } from './ordering-limits.js';
import { parameterCases } from './parameters.js';
import { queryCases } from './queries.js';
import { queryBuilderCases } from './query-builders.js';
import { resultMetadataCases } from './result-metadata.js';
import { round30PgliteCases } from './round-30-pglite.js';
import { round30PgMemCases } from './round-30-pgmem.js';
import { textEncodingCases } from './text-encoding.js';
import { transactionCases } from './transactions.js';
import { typeCases } from './types.js';
import { updateDeleteCases } from './updates-deletes.js';

/** Every case of the differential SQL corpus, group by group. */
export const SQL_CORPUS: readonly SqlCase[] = [
  ...errorCases,
  ...insertUpsertCases,
  ...updateDeleteCases,
  ...transactionCases,
  ...lockingClaimCases,
  ...typeCases,
  ...jsonCases,
  ...arrayCases,
  ...queryCases,
  ...queryBuilderCases,
  ...cteWindowCases,
  ...groupingCases,
  ...orderingLimitCases,
  ...resultMetadataCases,
  ...parameterCases,
  ...textEncodingCases,
  ...ddlCases,
  ...functionCases,
  ...round30PgMemCases,
  ...round30PgliteCases,
];
