// Round 15: a repository layer's schema features, from PostgreSQL 15's documentation, as probe cases.
import { mergeCases } from './part1.js';
import { rangeCases } from './part2.js';
import { domainCases, enumCases } from './part3.js';
import { generatedCases, identityCases, sequenceCases } from './part4.js';
import { triggerCases, viewCases } from './part5.js';
import { constraintCases, partitionCases } from './part6.js';
import { laterVersionCases, plainCases } from './part7.js';
import { catalogCases, sessionCases } from './part8.js';
import { changedLaterCases } from './part9.js';

export default [
  ...mergeCases,
  ...rangeCases,
  ...enumCases,
  ...domainCases,
  ...generatedCases,
  ...identityCases,
  ...sequenceCases,
  ...viewCases,
  ...triggerCases,
  ...constraintCases,
  ...partitionCases,
  ...plainCases,
  ...laterVersionCases,
  ...catalogCases,
  ...sessionCases,
  ...changedLaterCases,
];
