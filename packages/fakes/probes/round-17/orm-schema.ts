// Round 17 ORM probe: the schemas each library's migrations create, written as each library's DDL
// generator writes them, shared by the orm-*.ts parts.

/** Prisma Migrate's DDL for a User/Post/Tag schema with an enum, a many-to-many table and jsonb. */
export const PRISMA = `
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "role" "Role" NOT NULL DEFAULT 'USER',
    "profileViews" INTEGER NOT NULL DEFAULT 0,
    "balance" DECIMAL(10,2) NOT NULL DEFAULT 0,
    "bigCounter" BIGINT NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "authorId" INTEGER NOT NULL,
    "tags" TEXT[],
    "meta" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "label" TEXT NOT NULL,
    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "_PostToTag" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_PostToTag_AB_pkey" PRIMARY KEY ("A","B")
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE UNIQUE INDEX "Tag_label_key" ON "Tag"("label");
CREATE INDEX "_PostToTag_B_index" ON "_PostToTag"("B");
CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "_PostToTag" ADD CONSTRAINT "_PostToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "_PostToTag" ADD CONSTRAINT "_PostToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;
`;

/** PRISMA with rows: three users (one without a name), five posts, three tags. */
export const PRISMA_DATA = `${PRISMA}
INSERT INTO "User" ("email", "name", "role", "profileViews", "balance", "bigCounter", "createdAt", "updatedAt") VALUES
  ('alice@prisma.io', 'Alice', 'ADMIN', 10, 12.50, '9007199254740993', '2024-01-01 10:00:00.123', '2024-01-02 10:00:00'),
  ('bob@prisma.io', 'Bob', 'USER', 3, 0, 0, '2024-01-03 09:30:00', '2024-01-03 09:30:00'),
  ('carol@example.com', NULL, 'USER', 0, 99.99, 5, '2024-02-01 00:00:00', '2024-02-01 00:00:00');
INSERT INTO "Post" ("title", "content", "published", "authorId", "tags", "meta", "createdAt") VALUES
  ('Hello', 'first post', true, 1, '{news,intro}', '{"views": 10, "lang": "en", "flags": ["a", "b"]}', '2024-01-05 00:00:00'),
  ('Draft', NULL, false, 1, '{}', NULL, '2024-01-06 00:00:00'),
  ('Bob writes', 'something', true, 2, '{news}', '{"views": 3, "lang": "fr", "nested": {"k": 1}}', '2024-01-07 00:00:00'),
  ('Second by Bob', 'more', false, 2, NULL, '{"views": 0}', '2024-01-08 00:00:00'),
  ('Percent 100% _sure_', 'x', true, 1, '{misc}', '{"lang": "de"}', '2024-01-09 00:00:00');
INSERT INTO "Tag" ("label") VALUES ('typescript'), ('postgres'), ('orm');
INSERT INTO "_PostToTag" ("A", "B") VALUES (1, 1), (1, 2), (3, 2), (3, 3), (5, 1);
`;

/** Drizzle Kit's DDL: lower-case tables, identity and serial keys, a pgEnum, a jsonb column. */
export const DRIZZLE = `
CREATE TYPE "public"."status" AS ENUM('active', 'banned');
CREATE TABLE IF NOT EXISTS "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" varchar(256),
	"status" "status" DEFAULT 'active' NOT NULL,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"score" integer DEFAULT 0,
	"created_at" timestamp DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
CREATE TABLE IF NOT EXISTS "posts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "posts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"content" text NOT NULL,
	"author_id" integer NOT NULL,
	"likes" integer DEFAULT 0 NOT NULL
);
CREATE TABLE IF NOT EXISTS "comments" (
	"id" serial PRIMARY KEY NOT NULL,
	"post_id" integer NOT NULL,
	"body" text NOT NULL
);
DO $$ BEGIN
 ALTER TABLE "posts" ADD CONSTRAINT "posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;
ALTER TABLE "comments" ADD CONSTRAINT "comments_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
CREATE INDEX IF NOT EXISTS "posts_author_idx" ON "posts" USING btree ("author_id");
`;

/** The same schema, created without a DO block (pg-mem refuses DO). */
export const DRIZZLE_PLAIN = DRIZZLE.replace(
  /DO \$\$ BEGIN\n([^\n]*)\nEXCEPTION\n[^\n]*\nEND \$\$;/,
  (_all, alter: string) => alter.trim(),
);

export const DRIZZLE_DATA = `${DRIZZLE_PLAIN}
INSERT INTO "users" ("name", "email", "status", "settings", "score", "created_at") VALUES
  ('Dan', 'dan@drizzle.team', 'active', '{"theme": "dark", "n": 2}', 5, '2024-03-01 12:00:00'),
  ('Eve', 'eve@drizzle.team', 'banned', '{}', NULL, '2024-03-02 12:00:00'),
  ('Finn', NULL, 'active', '{"theme": "light"}', 7, '2024-03-03 12:00:00');
INSERT INTO "posts" ("content", "author_id", "likes") VALUES ('d1', 1, 3), ('d2', 1, 0), ('e1', 2, 10);
INSERT INTO "comments" ("post_id", "body") VALUES (1, 'nice'), (1, 'great'), (3, 'hmm');
`;

/** Lower-case snake_case tables as Kysely, Knex, Objection, MikroORM and hand-written SQL declare them. */
export const SHOP = `
create table "person" ("id" serial primary key, "first_name" varchar(255) not null, "last_name" varchar(255), "gender" varchar(50) not null, "age" integer, "created_at" timestamptz default now() not null);
create table "pet" ("id" serial primary key, "name" varchar(255) not null, "owner_id" integer not null references "person" ("id") on delete cascade, "species" varchar(255) not null, "tags" text[] not null default '{}');
create index "pet_owner_id_index" on "pet" ("owner_id");
create table "toy" ("id" serial primary key, "pet_id" integer references "pet" ("id") on delete set null, "name" text not null, "price" numeric(8, 2) not null default 0);
`;

export const SHOP_DATA = `${SHOP}
insert into "person" ("first_name", "last_name", "gender", "age", "created_at") values
  ('Jennifer', 'Aniston', 'female', 55, '2024-01-01T00:00:00Z'),
  ('Arnold', 'Schwarzenegger', 'male', 76, '2024-01-02T00:00:00Z'),
  ('Sylvester', NULL, 'male', NULL, '2024-01-03T00:00:00Z'),
  ('Zoë', 'Ünal', 'other', 30, '2024-01-04T00:00:00Z');
insert into "pet" ("name", "owner_id", "species", "tags") values
  ('Catto', 1, 'cat', '{cute}'), ('Doggo', 1, 'dog', '{loud,cute}'), ('Hammo', 2, 'hamster', '{}'), ('Fluffy', 4, 'cat', '{}');
insert into "toy" ("pet_id", "name", "price") values (1, 'ball', 3.50), (1, 'mouse', 1.25), (2, 'bone', 10.00), (NULL, 'stray', 0);
`;

/** TypeORM's synchronize DDL: generated constraint names, uuid keys, enum type, soft-delete column. */
export const TYPEORM = `
CREATE TYPE "public"."user_role_enum" AS ENUM('admin', 'editor', 'ghost');
CREATE TABLE "user" ("id" SERIAL NOT NULL, "firstName" character varying NOT NULL, "lastName" character varying(100), "age" integer NOT NULL DEFAULT 0, "role" "public"."user_role_enum" NOT NULL DEFAULT 'ghost', "isActive" boolean NOT NULL DEFAULT true, "createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "deletedAt" TIMESTAMP, "version" integer NOT NULL, CONSTRAINT "PK_cace4a159ff9f2512dd42373760" PRIMARY KEY ("id"));
CREATE TABLE "photo" ("id" SERIAL NOT NULL, "url" character varying NOT NULL, "description" text, "views" double precision NOT NULL DEFAULT '0', "userId" integer, CONSTRAINT "UQ_photo_url" UNIQUE ("url"), CONSTRAINT "PK_723fa50bf70dcfd06fb5a44d4ff" PRIMARY KEY ("id"));
CREATE INDEX "IDX_4494006ff358f754d07df5ccc8" ON "photo" ("userId");
ALTER TABLE "photo" ADD CONSTRAINT "FK_4494006ff358f754d07df5ccc87" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
`;

export const TYPEORM_DATA = `${TYPEORM}
INSERT INTO "user" ("firstName", "lastName", "age", "role", "isActive", "createdAt", "updatedAt", "deletedAt", "version") VALUES
  ('Timber', 'Saw', 25, 'admin', true, '2024-01-01 00:00:00', '2024-01-01 00:00:00', NULL, 1),
  ('Phantom', 'Assassin', 24, 'editor', false, '2024-01-02 00:00:00', '2024-01-02 00:00:00', NULL, 1),
  ('Gone', NULL, 40, 'ghost', true, '2024-01-03 00:00:00', '2024-01-03 00:00:00', '2024-02-01 00:00:00', 2);
INSERT INTO "photo" ("url", "description", "views", "userId") VALUES
  ('a.jpg', 'first', 1.5, 1), ('b.jpg', NULL, 0, 1), ('c.jpg', 'third', 100, 2), ('d.jpg', 'orphan', 2, NULL);
`;

/** Sequelize's sync DDL: PascalCase plural tables, timestamps, paranoid deletedAt, ENUM type. */
export const SEQUELIZE = `
CREATE TYPE "public"."enum_Users_status" AS ENUM('pending', 'active', 'disabled');
CREATE TABLE IF NOT EXISTS "Users" ("id"   SERIAL , "username" VARCHAR(255) NOT NULL UNIQUE, "email" VARCHAR(255), "status" "public"."enum_Users_status" DEFAULT 'pending', "loginCount" INTEGER DEFAULT 0, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "deletedAt" TIMESTAMP WITH TIME ZONE, PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "Tasks" ("id"   SERIAL , "title" VARCHAR(255) NOT NULL, "done" BOOLEAN DEFAULT false, "UserId" INTEGER REFERENCES "Users" ("id") ON DELETE SET NULL ON UPDATE CASCADE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"));
`;

export const SEQUELIZE_DATA = `${SEQUELIZE}
INSERT INTO "Users" ("username","email","status","loginCount","createdAt","updatedAt","deletedAt") VALUES
  ('janedoe','jane@example.com','active',3,'2024-01-01 00:00:00.000 +00:00','2024-01-01 00:00:00.000 +00:00',NULL),
  ('JohnDoe','JOHN@example.com','pending',0,'2024-01-02 00:00:00.000 +00:00','2024-01-02 00:00:00.000 +00:00',NULL),
  ('removed','gone@example.com','disabled',1,'2024-01-03 00:00:00.000 +00:00','2024-01-03 00:00:00.000 +00:00','2024-01-04 00:00:00.000 +00:00');
INSERT INTO "Tasks" ("title","done","UserId","createdAt","updatedAt") VALUES
  ('write docs',true,1,'2024-01-05 00:00:00+00','2024-01-05 00:00:00+00'),
  ('review',false,1,'2024-01-06 00:00:00+00','2024-01-06 00:00:00+00'),
  ('deploy',false,2,'2024-01-07 00:00:00+00','2024-01-07 00:00:00+00'),
  ('orphan',false,NULL,'2024-01-08 00:00:00+00','2024-01-08 00:00:00+00');
`;

/** PRISMA_DATA with the enum column declared TEXT, as a schema with `role String` has it. */
export const PRISMA_DATA_TEXT = PRISMA_DATA.replace(`CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');`, '')
  .replace(`"role" "Role" NOT NULL`, `"role" TEXT NOT NULL`)
  .replace(`'9007199254740993'`, '9007199254740991');

/** DRIZZLE_DATA with the pgEnum column declared text. */
export const DRIZZLE_DATA_TEXT = DRIZZLE_DATA.replace(
  `CREATE TYPE "public"."status" AS ENUM('active', 'banned');`,
  '',
)
  .replace(`"status" "status" DEFAULT`, `"status" text DEFAULT`)
  .replace(/GENERATED ALWAYS AS IDENTITY \([^)]*\)/, 'GENERATED ALWAYS AS IDENTITY');

/** TYPEORM_DATA with the enum column declared character varying. */
export const TYPEORM_DATA_TEXT = TYPEORM_DATA.replace(/CREATE TYPE [^;]*;/, '').replace(
  `"role" "public"."user_role_enum" NOT NULL`,
  `"role" character varying NOT NULL`,
);

/** SEQUELIZE_DATA with the ENUM column declared VARCHAR(255). */
export const SEQUELIZE_DATA_TEXT = SEQUELIZE_DATA.replace(/CREATE TYPE [^;]*;/, '').replace(
  `"status" "public"."enum_Users_status"`,
  `"status" VARCHAR(255)`,
);
