// The aggregate's statement, built without a database: its SQL text for the arguments and what the
// selection reads.
import { deputies, deputyMandates, trainings } from "@daibiao/db";
import { PgDialect } from "drizzle-orm/pg-core";
import { GraphQLError, Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { deputyMandateSpec, deputySpec } from "../../deputies/deputy.table.js";
import { trainingSpec } from "../../trainings/training.table.js";
import { columnGroups, parentGroups } from "../aggregate.js";
import { columnsOf } from "../resource.js";
import type { Env } from "../selection.js";
import { aggregationOf, statementOf, type ArgValues } from "./statement.js";

const dialect = new PgDialect();

const deputiesAggregate = aggregationOf({
  spec: deputySpec,
  plural: "deputies",
  groupBy: columnGroups(deputies, ["gender", "ethnicity", "politicalAffiliation", "education", "occupationSector", "birthDate"]),
  distinct: columnsOf(deputies, ["id", "ethnicity"]),
});
const trainingsAggregate = aggregationOf({
  spec: trainingSpec,
  plural: "trainings",
  groupBy: columnGroups(trainings, ["form", "online", "startDate"]),
  numeric: columnsOf(trainings, ["hours"]),
  distinct: columnsOf(trainings, ["id"]),
});
const mandatesAggregate = aggregationOf({
  spec: deputyMandateSpec,
  plural: "deputyMandates",
  groupBy: {
    ...columnGroups(deputyMandates, ["level"]),
    ...parentGroups(deputies, deputyMandates.deputyId, "deputy", ["gender", "ethnicity"]),
  },
  distinct: columnsOf(deputyMandates, ["id", "deputyId"]),
});

// The statement's text for a query of one aggregate root field (its arguments given apart, as
// graphql-js coerces them).
function statement(a: typeof deputiesAggregate, args: ArgValues, query: string, variableValues: Record<string, unknown> = {}) {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const env = { schema: undefined as never, fragments, variableValues } satisfies Env;
  const { query: sql, keys } = statementOf(a, args, env, [op.selectionSet.selections[0] as FieldNode]);
  return { ...dialect.sqlToQuery(sql), keys };
}

describe("aggregate statement", () => {
  it("groups with the total in one statement by grouping sets", () => {
    const s = statement(deputiesAggregate, { groupBy: ["GENDER"] }, `{ deputiesAggregate(groupBy: [GENDER]) { total { count } groups { count key { gender } } } }`);
    expect(s.sql).toBe(
      `select grouping("deputies"."gender") as __g, "deputies"."gender" as "k0", count(*)::int as n from "deputies"
            group by grouping sets ((), ("deputies"."gender"))
            order by __g desc, "deputies"."gender" asc nulls last`,
    );
    expect(s.keys).toEqual(["GENDER"]);
  });

  it("groups without the total by a plain group by; no groupBy gives the one total row", () => {
    const groups = statement(deputiesAggregate, { groupBy: ["GENDER", "BIRTH_DATE_YEAR", "GENDER"] }, `{ deputiesAggregate { groups { count } } }`);
    expect(groups.sql).toBe(
      `select 0 as __g, "deputies"."gender" as "k0", extract(year from "deputies"."birth_date")::int as "k1", count(*)::int as n from "deputies" ` +
        `group by "deputies"."gender", extract(year from "deputies"."birth_date")::int ` +
        `order by "deputies"."gender" asc nulls last, extract(year from "deputies"."birth_date")::int asc nulls last`,
    );
    expect(groups.keys).toEqual(["GENDER", "BIRTH_DATE_YEAR"]);
    const total = statement(deputiesAggregate, {}, `{ deputiesAggregate { total { count } groups { count } } }`);
    expect(total.sql).toBe(`select count(*)::int as n from "deputies"`);
  });

  it("refuses more than 6 fields to group by as bad input", () => {
    const all = ["GENDER", "ETHNICITY", "POLITICAL_AFFILIATION", "EDUCATION", "OCCUPATION_SECTOR", "BIRTH_DATE_YEAR", "BIRTH_DATE_MONTH"];
    const q = `{ deputiesAggregate { groups { count } } }`;
    expect(statement(deputiesAggregate, { groupBy: all.slice(0, 6) }, q).keys).toHaveLength(6);
    let error: unknown;
    try {
      statement(deputiesAggregate, { groupBy: all }, q);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "groupBy" });
  });

  it("reads only the measures asked, by literal, variable and fragment", () => {
    const s = statement(
      trainingsAggregate,
      { groupBy: ["FORM"] },
      `query ($f: TrainingDistinctField) { trainingsAggregate { groups { countDistinct(field: $f) ...N } } }
       fragment N on TrainingAggregateGroup { sum { hours } max { hours } }`,
      { f: "id" },
    );
    expect(s.sql).toBe(
      `select 0 as __g, "trainings"."form" as "k0", count(*)::int as n, count(distinct "trainings"."id")::int as "cd_id", ` +
        `sum("trainings"."hours")::float8 as "sum_hours", max("trainings"."hours")::float8 as "max_hours" from "trainings" ` +
        `group by "trainings"."form" order by "trainings"."form" asc nulls last`,
    );
    const literal = statement(trainingsAggregate, {}, `{ trainingsAggregate { total { n: countDistinct(field: ID) avg { hours } } } }`);
    expect(literal.sql).toBe(`select count(*)::int as n, count(distinct "trainings"."id")::int as "cd_id", avg("trainings"."hours")::float8 as "avg_hours" from "trainings"`);
  });

  it("joins a parent table once, only when one of its fields is grouped by, and puts the filter after it", () => {
    const q = `{ deputyMandatesAggregate { groups { count } } }`;
    expect(statement(mandatesAggregate, { groupBy: ["LEVEL"] }, q).sql).not.toMatch(/join/);
    const s = statement(mandatesAggregate, { groupBy: ["DEPUTY_GENDER", "DEPUTY_ETHNICITY"], filter: { level: { eq: "county" } } }, q);
    expect(s.sql.match(/ join /g)).toHaveLength(1);
    expect(s.sql).toContain(`from "deputy_mandates" join "deputies" on "deputies"."id" = "deputy_mandates"."deputy_id" where `);
  });
});
