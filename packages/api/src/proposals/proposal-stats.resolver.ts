// proposalHandlingStats(filter, by): answer, on-time and satisfaction rates and result classes of the
// proposals matching a filter, in total and per lead unit, session or category — one SQL statement.
//
// Counted per proposal that has a live lead unit (i.e. was assigned and not returned):
// - answered: its lead unit's current answer is given (a proposal in re-handling owes one again);
// - answeredOnTime: answered on or before the due date (the extended or re-handling one);
// - overdue: no answer yet and the due date has passed (today = the database's current_date);
// - evaluations: each deputy's latest evaluation of it (a re-evaluation after re-handling replaces the first);
// - classA…classD: result classes of the answers given.
// Rates: answerRate = answered / proposals; onTimeRate = answeredOnTime / (answered + overdue), i.e. of
// the answers that are due; satisfactionRate = (satisfied + basically satisfied) / evaluations. Null
// when the denominator is 0.
import { proposalAssignments, proposalCategory, proposalEvaluations, proposals } from "@daibiao/db";
import { sql, type SQL } from "drizzle-orm";
import { Arg, Authorized, Ctx, Field, Float, ID, Int, ObjectType, Query, registerEnumType, Resolver } from "type-graphql";
import { READ } from "../auth/roles.js";
import type { Context } from "../context.js";
import { gqlEnum } from "../grammar/enums.js";
import { run, type Row } from "../grammar/loaders.js";
import { relationsResolver } from "../grammar/relations.js";
import { graphqlOf, whereOf, type FilterValue } from "../grammar/resource.js";
import { handlingUnitSpec } from "../handling-units/handling-unit.table.js";
import { HandlingUnit } from "../handling-units/handling-unit.type.js";
import { proposalSpec } from "./proposal.table.js";

export enum ProposalStatsBy {
  HANDLING_UNIT = "HANDLING_UNIT",
  SESSION = "SESSION",
  CATEGORY = "CATEGORY",
}
registerEnumType(ProposalStatsBy, {
  name: "ProposalStatsBy",
  description: "HANDLING_UNIT: the lead unit; SESSION: congress term and session (null session: between sessions)",
});

const pa = proposalAssignments;
const p = proposals;
// the key columns of each grouping, as selected from the `handled` rows below
const KEYS: Record<ProposalStatsBy, [name: string, expr: SQL][]> = {
  HANDLING_UNIT: [["unitId", sql`unit_id`]],
  SESSION: [
    ["congressTerm", sql`congress_term`],
    ["sessionNumber", sql`session_number`],
  ],
  CATEGORY: [["category", sql`category`]],
};

@ObjectType({ description: "the values this group shares; null for what is not grouped by" })
export class ProposalHandlingStatsKey {
  @Field(() => ID, { nullable: true, description: "the lead unit" }) unitId!: number | null;
  @Field(() => Int, { nullable: true }) congressTerm!: number | null;
  @Field(() => Int, { nullable: true }) sessionNumber!: number | null;
  @Field(() => gqlEnum(proposalCategory), { nullable: true }) category!: string | null;
}
export const ProposalHandlingStatsKeyRelations = relationsResolver(ProposalHandlingStatsKey, {
  belongsTo: { unit: { type: () => HandlingUnit, spec: () => handlingUnitSpec, key: "unitId", nullable: true } },
});

@ObjectType()
export class ProposalHandlingStatsGroup {
  @Field(() => ProposalHandlingStatsKey) key!: ProposalHandlingStatsKey;
  @Field(() => Int, { description: "proposals with a lead unit" }) proposals!: number;
  @Field(() => Int, { description: "whose lead unit has given its current answer" }) answered!: number;
  @Field(() => Int, { description: "answered on or before the due date" }) answeredOnTime!: number;
  @Field(() => Int, { description: "not answered and past the due date" }) overdue!: number;
  @Field(() => Float, { nullable: true, description: "answered / proposals" }) answerRate!: number | null;
  @Field(() => Float, { nullable: true, description: "answeredOnTime / (answered + overdue)" }) onTimeRate!: number | null;
  @Field(() => Int, { description: "each deputy's latest evaluation of each proposal" }) evaluations!: number;
  @Field(() => Int) satisfied!: number;
  @Field(() => Int) basicallySatisfied!: number;
  @Field(() => Int) dissatisfied!: number;
  @Field(() => Float, { nullable: true, description: "(satisfied + basicallySatisfied) / evaluations" }) satisfactionRate!: number | null;
  @Field(() => Int, { description: "answers of result class A: solved or basically solved" }) classA!: number;
  @Field(() => Int, { description: "B: being solved" }) classB!: number;
  @Field(() => Int, { description: "C: planned" }) classC!: number;
  @Field(() => Int, { description: "D: kept for reference or explained" }) classD!: number;
}

@ObjectType({ description: "handling figures of proposals: in total, and per group" })
export class ProposalHandlingStats {
  @Field(() => ProposalHandlingStatsGroup) total!: ProposalHandlingStatsGroup;
  @Field(() => [ProposalHandlingStatsGroup], { description: "one per combination of the `by` values, ordered by them" }) groups!: ProposalHandlingStatsGroup[];
}

const COUNTS = [
  "proposals",
  "answered",
  "answeredOnTime",
  "overdue",
  "evaluations",
  "satisfied",
  "basicallySatisfied",
  "dissatisfied",
  "classA",
  "classB",
  "classC",
  "classD",
] as const;

const ratio = (n: number, d: number) => (d ? n / d : null);

function group(row: Row, keys: [string, SQL][]): ProposalHandlingStatsGroup {
  const key = { unitId: null, congressTerm: null, sessionNumber: null, category: null } as Record<string, unknown>;
  keys.forEach(([name], i) => (key[name] = row[`k${i}`] ?? null));
  const g = Object.fromEntries(COUNTS.map((c) => [c, Number(row[c] ?? 0)])) as Record<(typeof COUNTS)[number], number>;
  return {
    key: key as unknown as ProposalHandlingStatsKey,
    ...g,
    answerRate: ratio(g.answered, g.proposals),
    onTimeRate: ratio(g.answeredOnTime, g.answered + g.overdue),
    satisfactionRate: ratio(g.satisfied + g.basicallySatisfied, g.evaluations),
  };
}

@Resolver()
export class ProposalStatsResolver {
  @Authorized(READ)
  @Query(() => ProposalHandlingStats, { description: "answer, on-time and satisfaction rates and result classes, in total and per lead unit, session or category" })
  async proposalHandlingStats(
    @Arg("filter", () => graphqlOf(proposalSpec).filter, { nullable: true }) filter: FilterValue,
    @Arg("by", () => [ProposalStatsBy], { nullable: true }) by: ProposalStatsBy[] | null,
    @Ctx() ctx: Context,
  ): Promise<ProposalHandlingStats> {
    const keys = [...new Set(by ?? [])].flatMap((b) => KEYS[b]);
    const where = whereOf(proposalSpec, filter);
    const exprs = keys.map(([, e]) => e);
    const measures = sql`count(*)::int as proposals,
      count(answered_at)::int as "answered",
      count(*) filter (where answered_at <= due_at)::int as "answeredOnTime",
      count(*) filter (where answered_at is null and due_at < current_date)::int as "overdue",
      coalesce(sum(e.n), 0)::int as "evaluations",
      coalesce(sum(e.satisfied), 0)::int as "satisfied",
      coalesce(sum(e.basically), 0)::int as "basicallySatisfied",
      coalesce(sum(e.dissatisfied), 0)::int as "dissatisfied",
      count(*) filter (where answered_at is not null and result_class = 'A')::int as "classA",
      count(*) filter (where answered_at is not null and result_class = 'B')::int as "classB",
      count(*) filter (where answered_at is not null and result_class = 'C')::int as "classC",
      count(*) filter (where answered_at is not null and result_class = 'D')::int as "classD"`;
    const select = keys.length ? sql`grouping(${sql.join(exprs, sql`, `)}) as __g, ${sql.join(exprs.map((e, i) => sql`${e} as ${sql.identifier(`k${i}`)}`), sql`, `)}, ${measures}` : measures;
    const rows = await run(
      ctx,
      sql`with handled as (
          select ${p.id} as id, ${p.congressTerm} as congress_term, ${p.sessionNumber} as session_number, ${p.category} as category,
            ${pa.unitId} as unit_id, ${pa.answeredAt} as answered_at, ${pa.dueAt} as due_at, ${pa.resultClass} as result_class
          from ${p} join ${pa} on ${pa.proposalId} = ${p.id} and ${pa.role} = 'lead' and ${pa.returnedAt} is null
          ${where ? sql`where ${where}` : sql``}
        ), latest as (
          select distinct on (ev.proposal_id, ev.deputy_id) ev.proposal_id, ev.satisfaction
          from ${proposalEvaluations} ev join handled h on h.id = ev.proposal_id
          order by ev.proposal_id, ev.deputy_id, ev.round desc
        ), e as (
          select proposal_id, count(*) as n,
            count(*) filter (where satisfaction = 'satisfied') as satisfied,
            count(*) filter (where satisfaction = 'basically_satisfied') as basically,
            count(*) filter (where satisfaction = 'dissatisfied') as dissatisfied
          from latest group by proposal_id
        )
        select ${select} from handled left join e on e.proposal_id = handled.id
        ${
          keys.length
            ? sql`group by grouping sets ((), (${sql.join(exprs, sql`, `)})) order by __g desc, ${sql.join(exprs.map((e) => sql`${e} asc nulls last`), sql`, `)}`
            : sql``
        }`,
    );
    const total = keys.length ? rows.find((r) => (r.__g as number) !== 0) : rows[0];
    return {
      total: group(total ?? {}, []),
      groups: keys.length ? rows.filter((r) => (r.__g as number) === 0).map((r) => group(r, keys)) : [],
    };
  }
}
