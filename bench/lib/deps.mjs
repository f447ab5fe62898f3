// Used by drills/ only, until they become a typed package too (issue 18); the bench itself runs on
// bench/src (TypeScript, its own dependencies). Delete this file with the drills' move.
// The repo root has no runtime dependencies of its own: benches and drills borrow the workspace
// packages' (pg, amqplib, @seams/fakes) through the package that depends on them, so versions
// always match what the service runs.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root } from './harness.mjs';

const from = (dir) => createRequire(join(root, dir, 'package.json'));

export const loadPg = () => from('packages/postgres-adapter')('pg');
export const loadAmqp = () => from('packages/amqp-adapter')('amqplib');
export const loadFakes = () => from('apps/order-service')('@seams/fakes');
