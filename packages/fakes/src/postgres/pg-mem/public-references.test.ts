import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { withPublicReferencesRead } from './parser-rewrites.js';

describe('withPublicReferencesRead', () => {
  it('drops the public schema before a referenced table, as drizzle-kit writes it', () => {
    expect(
      withPublicReferencesRead(
        'ALTER TABLE "posts" ADD CONSTRAINT "f" FOREIGN KEY ("a") REFERENCES "public"."users"("id") ON DELETE cascade',
      ),
    ).toBe(
      'ALTER TABLE "posts" ADD CONSTRAINT "f" FOREIGN KEY ("a") REFERENCES "users"("id") ON DELETE cascade',
    );
    expect(withPublicReferencesRead('CREATE TABLE c (a int references PUBLIC . parent)')).toBe(
      'CREATE TABLE c (a int references parent)',
    );
  });

  it('leaves another schema, literals and comments alone', () => {
    const texts = [
      'CREATE TABLE c (a int REFERENCES "PUBLIC"."users"("id"))',
      'CREATE TABLE c (a int REFERENCES app.users (id))',
      "SELECT 'REFERENCES public.x' AS s -- REFERENCES public.y",
    ];
    for (const text of texts) expect(withPublicReferencesRead(text)).toBe(text);
  });

  it('lets the pg-mem engine create and enforce the foreign key', async () => {
    const { pool } = await createFakePostgres({
      engine: 'pg-mem',
      migrations: [
        {
          name: 'drizzle',
          sql: `CREATE TABLE "users" ("id" serial PRIMARY KEY NOT NULL);
CREATE TABLE "posts" ("id" serial PRIMARY KEY NOT NULL, "author_id" integer NOT NULL);
ALTER TABLE "posts" ADD CONSTRAINT "posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;`,
        },
      ],
    });
    await expect(pool.query('INSERT INTO "posts" ("author_id") VALUES (7)')).rejects.toMatchObject({
      code: '23503',
      constraint: 'posts_author_id_users_id_fk',
    });
  });
});
