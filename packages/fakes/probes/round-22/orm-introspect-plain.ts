// Round 22 ORM introspection probe, on the plain schema: every introspection case of the other
// orm-introspect files again with SHOP_DML as setup (no INCLUDE, GIN, generated columns, views or
// second schema), so that pg-mem, which refuses SHOP's DDL, answers the catalog queries too.
import type { ProbeCase } from '../probe-kit.js';
import kyselyDrizzlePrisma from './orm-introspect-kysely-drizzle-prisma.js';
import { SHOP, SHOP_DML } from './orm-introspect-schema.js';
import sequelizeMikro from './orm-introspect-sequelize-mikro.js';
import typeorm from './orm-introspect-typeorm.js';

const plain: ProbeCase[] = [...typeorm, ...sequelizeMikro, ...kyselyDrizzlePrisma]
  .filter((c) => c.setup === SHOP)
  .map((c) => ({ ...c, name: `${c.name} (plain schema)`, setup: SHOP_DML }));

export default plain;
