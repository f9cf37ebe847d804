// Served from the database by declaration: the compiler reads straight from a column only the
// fields a TableSpec lists as stored. This test gives a resource a secret column behind each way
// type-graphql offers to put code in front of a field (a field resolver, a getter, a middleware,
// field-level @Authorized), none of them listed as stored, and reads it on every read path (batched
// loaders, the compiler's "rows" mode under graphql-js, its "answer" mode) as every role: the raw
// value never comes out to a role that may not see it. And a TableSpec that lists such a field as
// stored is refused when the schema is built.
import { ApolloServer } from "@apollo/server";
import { piiKey } from "@daibiao/db";
import { integer, pgTable, serial, text } from "drizzle-orm/pg-core";
import type { GraphQLSchema } from "graphql";
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Info, ObjectType, Query, Resolver, Root, UseMiddleware, type MiddlewareFn } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../../../test/harness.js";
import { READ_PATHS } from "../../../../test/read-paths.js";
import { TEST_SECRET } from "../../../../test/secret.js";
import type { Viewer } from "../auth/roles.js";
import type { Context } from "../context.js";
import { buildApiSchema } from "../schema.js";
import { createContext } from "../server.js";
import { listResolver } from "./crud.js";
import { registerRoot } from "./direct.js";
import { directPlugin } from "./direct.js";
import type { Row } from "./compile.js";
import { one } from "./read.js";
import { relationsResolver } from "./relations.js";
import { fieldsOf, type TableSpec } from "./resource.js";

const leakPeople = pgTable("leak_people", {
  id: serial("id").primaryKey(),
  name: text("name").notNull(),
  secretA: text("secret_a").notNull(),
  secretB: text("secret_b").notNull(),
  secretC: text("secret_c").notNull(),
  secretD: text("secret_d").notNull(),
  parentId: integer("parent_id"),
});

const RAW = ["13800001111", "13800002222", "13800003333", "13800004444"];
const mask = (v: unknown) => (typeof v === "string" ? `${"*".repeat(7)}${v.slice(-4)}` : v);
const sees = (ctx: Context) => ctx.personalData;

const MaskC: MiddlewareFn<Context> = async ({ context }, next) => {
  const v = await next();
  return sees(context) ? v : mask(v);
};

// (decorators are applied by hand, as relations.ts does: the tests' transform has none)
class LeakPerson {
  declare id: number;
  declare name: string;
  // 1. secretA: a field resolver (LeakPersonFields below)
  // 2. a getter on the type (type-graphql copies the record onto an instance of the class): it
  // masks for everyone
  private rawB?: string;
  get secretB(): string {
    return mask(this.rawB) as string;
  }
  set secretB(v: string) {
    this.rawB = v;
  }
  // 3. secretC: a middleware; 4. secretD: field-level @Authorized, admins only
  declare secretC: string;
  declare secretD: string;
}
{
  const p = LeakPerson.prototype;
  Field(() => ID)(p, "id");
  Field(() => String)(p, "name");
  Field(() => String)(p, "secretB", Object.getOwnPropertyDescriptor(p, "secretB")!);
  UseMiddleware(MaskC)(p, "secretC");
  Field(() => String)(p, "secretC");
  Authorized("ADMIN")(p, "secretD");
  Field(() => String, { nullable: true })(p, "secretD");
  ObjectType("LeakPerson")(LeakPerson);
}

const leakSpec: TableSpec = {
  name: "LeakPerson",
  table: leakPeople,
  id: leakPeople.id,
  // the secrets are columns of the same names, and not listed: each goes through its own code
  stored: ["id", "name"],
  filters: fieldsOf(leakPeople, ["id", "name"]),
  orderBy: { id: leakPeople.id, name: leakPeople.name },
};

class LeakPersonFields {
  // 1. a field resolver
  secretA(row: Row, ctx: Context): unknown {
    return sees(ctx) ? row.secretA : mask(row.secretA);
  }
}
Root()(LeakPersonFields.prototype, "secretA", 0);
Ctx()(LeakPersonFields.prototype, "secretA", 1);
FieldResolver(() => String)(LeakPersonFields.prototype, "secretA", Object.getOwnPropertyDescriptor(LeakPersonFields.prototype, "secretA")!);
Resolver(() => LeakPerson)(LeakPersonFields);

const LeakList = listResolver({ spec: leakSpec, node: LeakPerson, plural: "leakPeople" });
const LeakRelations = relationsResolver(LeakPerson, {
  belongsTo: { parent: { type: () => LeakPerson, spec: () => leakSpec, key: "parentId", nullable: true } },
  hasMany: { children: { type: () => LeakPerson, spec: () => leakSpec, via: () => leakPeople.parentId } },
});
registerRoot("leakPerson", { kind: "one", spec: leakSpec, roles: [] });
class LeakOne {
  async leakPerson(id: string, ctx: Context, info: GraphQLResolveInfo) {
    return one(ctx, leakSpec, Number(id), info);
  }
}
Arg("id", () => ID)(LeakOne.prototype, "leakPerson", 0);
Ctx()(LeakOne.prototype, "leakPerson", 1);
Info()(LeakOne.prototype, "leakPerson", 2);
Query(() => LeakPerson, { name: "leakPerson", nullable: true })(LeakOne.prototype, "leakPerson", Object.getOwnPropertyDescriptor(LeakOne.prototype, "leakPerson")!);
Resolver()(LeakOne);

let t: TestDb;
let drop: () => Promise<void>;
let schema: GraphQLSchema;
let apollo: ApolloServer<Context>;

beforeAll(async () => {
  ({ t, drop } = await createTestDb());
  await t.sql.unsafe(`create table leak_people (id serial primary key, name text not null, secret_a text not null, secret_b text not null,
    secret_c text not null, secret_d text not null, parent_id int references leak_people)`);
  await t.sql.unsafe(`insert into leak_people (name, secret_a, secret_b, secret_c, secret_d, parent_id) values
    ('甲', $1, $2, $3, $4, null), ('乙', $1, $2, $3, $4, 1), ('丙', $1, $2, $3, $4, 1)`, RAW);
  schema = await buildApiSchema([LeakList, LeakRelations, LeakPersonFields, LeakOne] as never);
  apollo = new ApolloServer<Context>({ schema, plugins: [directPlugin], includeStacktraceInErrorResponses: false });
  await apollo.start();
}, 120_000);

afterAll(async () => {
  await apollo?.stop();
  await drop?.();
});

const VIEWERS: Record<string, Viewer> = {
  admin: { kind: "user", id: 1, name: "a", role: "ADMIN" },
  editor: { kind: "user", id: 1, name: "e", role: "EDITOR" },
  viewer: { kind: "user", id: 1, name: "v", role: "VIEWER" },
  token: { kind: "token", id: 1, name: "t", role: "TOKEN" },
};

const SECRETS = "secretA secretB secretC secretD";
const QUERIES = {
  list: `{ leakPeople(first: 10) { nodes { id name ${SECRETS} parent { id ${SECRETS} } children { id ${SECRETS} } } } }`,
  record: `{ leakPerson(id: 2) { id name ${SECRETS} parent { ${SECRETS} children { ${SECRETS} } } } }`,
  // fragments and aliases, which the compiler reads too
  aliased: `{ a: leakPeople(first: 10) { nodes { ...F x: secretC } } } fragment F on LeakPerson { id y: secretA z: secretD }`,
};

describe("a masked field is never read around its code", () => {
  it("schema check: a stored field with a resolver, getter, middleware or @Authorized is refused", async () => {
    const { checkStored } = await import("../schema.js");
    for (const field of ["secretA", "secretB", "secretC", "secretD"]) {
      const saved = leakSpec.stored;
      (leakSpec as { stored: readonly string[] }).stored = [...saved, field];
      try {
        expect(() => checkStored(schema), field).toThrow(/has a resolver, getter, middleware or @Authorized/);
      } finally {
        (leakSpec as { stored: readonly string[] }).stored = saved;
      }
    }
    // as declared, it passes
    expect(() => checkStored(schema)).not.toThrow();
  });

  for (const [label, query] of Object.entries(QUERIES)) {
    it(`${label}: no raw secret reaches a viewer or a token on any read path, and admins see them`, async () => {
      let seen = 0;
      for (const [as, viewer] of Object.entries(VIEWERS)) {
        for (const readPath of READ_PATHS) {
          const ctx = createContext({ db: t.db, sql: t.sql, pii: piiKey(TEST_SECRET) }, viewer, { readPath });
          const res = await apollo.executeOperation({ query }, { contextValue: ctx });
          if (res.body.kind !== "single") throw new Error("incremental delivery is not used here");
          const text = JSON.stringify(res.body.singleResult);
          const where = `${label} as ${as} by ${readPath}`;
          // the getter masks for everyone
          expect(text, where).not.toContain(RAW[1]);
          if (as === "viewer" || as === "token") {
            for (const raw of RAW) expect(text, where).not.toContain(raw);
            expect(text, where).toContain("*******");
          } else if (as === "admin") {
            // what admins may see, so that the masks above are not just empty answers
            expect(res.body.singleResult.errors, where).toBeUndefined();
            for (const raw of [RAW[0], RAW[2], RAW[3]]) expect(text, where).toContain(raw);
          } else {
            // editors see personal data, but secretD is for admins only
            for (const raw of [RAW[0], RAW[2]]) expect(text, where).toContain(raw);
            expect(text, where).not.toContain(RAW[3]);
          }
          seen++;
        }
      }
      expect(seen).toBe(4 * READ_PATHS.length);
    });
  }
});
