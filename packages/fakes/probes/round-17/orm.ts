// Round 17 ORM probe: the SQL ORMs and query builders send to PostgreSQL, in six parts.
import drizzle from './orm-drizzle.js';
import extra from './orm-extra.js';
import introspection from './orm-introspection.js';
import kyselyKnex from './orm-kysely-knex.js';
import prisma from './orm-prisma.js';
import typeormSequelize from './orm-typeorm-sequelize.js';

export default [...prisma, ...drizzle, ...kyselyKnex, ...typeormSequelize, ...introspection, ...extra];
