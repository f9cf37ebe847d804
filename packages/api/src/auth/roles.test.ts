// Every operation of the schema, as every role and as nobody, against one table of who may do what.
// A new operation without a rule here fails this test.
import { hashPassword } from "@daibiao/db";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from "graphql";
import { expect, it } from "vitest";
import { useTestDb, type As } from "../../../../test/harness.js";
import { schema } from "../schema.js";

type Rule = "public" | "read" | "write" | "admin";

const resources = [
  ["district", "districts"],
  ["deputy", "deputies"],
  ["training", "trainings"],
  ["station", "stations"],
  ["handlingUnit", "handlingUnits"],
  ["proposal", "proposals"],
  ["activity", "activities"],
  // deputies' work (issue 14)
  ["committee", "committees"],
  ["measure", "measures"],
  ["deputyGroup", "deputyGroups"],
  ["contact", "contacts"],
  ["meeting", "meetings"],
];
const childLists = ["deputyMandates", "trainingAttendances", "stationDeputies", "proposalCosigners", "proposalAssignments", "proposalEvaluations", "proposalEvents", "activityParticipations"];
childLists.push("deputyGroupMembers", "contactDeputies", "meetingAttendees");
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

const rules: Record<string, Rule> = {
  me: "public",
  signIn: "public",
  signOut: "public",
  yearlyReview: "read",
  users: "admin",
  user: "admin",
  createUser: "admin",
  updateUser: "admin",
  deleteUser: "admin",
  deleteUsers: "admin",
  apiTokens: "admin",
  createApiToken: "admin",
  revokeApiToken: "admin",
  auditLogs: "admin",
  settings: "read",
  updateSettings: "admin",
  proposalHandlingStats: "read",
  dutyRanking: "read",
  deputiesWithoutDuty: "read",
  dutyPointRules: "read",
  setDutyPointRule: "admin",
  // saved queries (issue 15): saved by admins, run by anyone over GET /saved/<name> (saved-query.test.ts)
  savedQueries: "admin",
  savedQuery: "admin",
  createSavedQuery: "admin",
  updateSavedQuery: "admin",
  deleteSavedQuery: "admin",
  deleteSavedQueries: "admin",
  // Excel import (issue 15): who may edit the records may import them
  importRecords: "write",
  importTemplate: "write",
};
// the transitions of a proposal's handling
for (const op of [
  "acceptProposal",
  "rejectProposal",
  "mergeProposal",
  "withdrawProposal",
  "assignProposal",
  "returnAssignment",
  "extendAssignment",
  "startHandling",
  "giveOpinion",
  "answerProposal",
  "evaluateProposal",
  "closeProposal",
]) {
  rules[op] = "write";
}
for (const [one, many] of resources) {
  Object.assign(rules, {
    [one]: "read",
    [many]: "read",
    [`${many}Aggregate`]: "read",
    [`create${cap(one)}`]: "write",
    [`update${cap(one)}`]: "write",
    [`delete${cap(one)}`]: "write",
    [`delete${cap(many)}`]: "write",
  });
}
for (const list of childLists) Object.assign(rules, { [list]: "read" });
for (const agg of ["deputyGroupMembers", "contactDeputies", "meetingAttendees"]) rules[`${agg}Aggregate`] = "read";
for (const agg of ["deputyMandates", "trainingAttendances", "proposalAssignments", "proposalEvaluations", "activityParticipations"]) {
  rules[`${agg}Aggregate`] = "read";
}

// receptions and opinions (issue 14): the resources, their child list and aggregates, the opinion's course
for (const [one, many] of [["reception", "receptions"], ["opinion", "opinions"]]) {
  Object.assign(rules, { [one]: "read", [many]: "read", [`${many}Aggregate`]: "read" });
  for (const op of [`create${cap(one)}`, `update${cap(one)}`, `delete${cap(one)}`, `delete${cap(many)}`]) rules[op] = "write";
}
Object.assign(rules, { receptionDeputies: "read", receptionDeputiesAggregate: "read" });
for (const op of ["forwardOpinion", "answerOpinion", "closeOpinion", "turnOpinionIntoProposal"]) rules[op] = "write";

const allowed: Record<Rule, As[]> = {
  public: [null, "token", "viewer", "editor", "admin"],
  read: ["token", "viewer", "editor", "admin"],
  write: ["editor", "admin"],
  admin: ["admin"],
};

// A value of the right type for a required argument, so the operation gets as far as authorization.
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) if (isNonNullType(f.type)) out[f.name] = sample(f.type);
    return out;
  }
  if (isScalarType(type)) {
    return { ID: "1", String: "x", Int: 1, Float: 1, Boolean: true, Date: "2024-01-01", DateTime: "2024-01-01T00:00:00Z" }[type.name] ?? "x";
  }
  return null;
}

function document(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>, overrides: Record<string, unknown>) {
  const required = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type));
  const vars = required.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
  const args = required.map((a) => `${a.name}: $${a.name}`).join(", ");
  const values = Object.fromEntries(required.map((a) => [a.name, overrides[a.name] ?? sample(a.type)]));
  const selection = isObjectType(getNamedType(field.type)) ? " { __typename }" : "";
  return {
    query: `${kind}${vars ? ` (${vars})` : ""} { ${field.name}${args ? `(${args})` : ""}${selection} }`,
    variables: values,
  };
}

const t = useTestDb();

it("allows and denies every operation for every role as the table says", async () => {
  await t().sql`insert into users (username, role, password_hash) values ('matrix', 'viewer', ${await hashPassword("matrix-password")})`;
  const s = await schema();
  const ops = [
    ...Object.values(s.getQueryType()!.getFields()).map((f) => ["query", f] as const),
    ...Object.values(s.getMutationType()!.getFields()).map((f) => ["mutation", f] as const),
  ];
  const missing = ops.map(([, f]) => f.name).filter((n) => !rules[n]);
  expect(missing, "operations without a rule").toEqual([]);

  let checked = 0;
  const wrong: string[] = [];
  for (const as of [null, "token", "viewer", "editor", "admin"] as As[]) {
    for (const [kind, field] of ops) {
      const overrides = field.name === "signIn" ? { username: "matrix", password: "matrix-password" } : {};
      const { query, variables } = document(kind, field, overrides);
      const r = await t().gql(query, variables, { as });
      const denial = r.errors?.find((e) => e.extensions?.code === "UNAUTHENTICATED" || e.extensions?.code === "FORBIDDEN");
      const expected = allowed[rules[field.name]!].includes(as);
      if (expected === !!denial) wrong.push(`${field.name} as ${as ?? "nobody"}: ${denial ? denial.extensions!.code : "allowed"}`);
      if (!expected && denial) expect(denial.extensions!.code).toBe(as === null ? "UNAUTHENTICATED" : "FORBIDDEN");
      checked++;
    }
  }
  expect(wrong).toEqual([]);
  console.log(`role matrix: ${ops.length} operations × 5 callers = ${checked} checks`);
});
