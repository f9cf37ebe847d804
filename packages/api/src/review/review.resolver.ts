// yearlyReview(year): every figure of the yearly review of deputy work, from the records, in one
// SQL statement; each figure carries the filter that lists the records behind it.
import { proposals } from "@daibiao/db";
import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { coerceInputValue, isInputObjectType, type GraphQLResolveInfo } from "graphql";
import { JSONObjectResolver } from "graphql-scalars";
import { Arg, Authorized, Ctx, Field, Float, Info, Int, ObjectType, Query, Resolver } from "type-graphql";
import { READ } from "../auth/roles.js";
import type { Context } from "../context.js";
import { badInput } from "../grammar/errors.js";
import { run } from "../grammar/loaders.js";
import { whereOf } from "../grammar/resource.js";
import { figures, type FigureDef } from "./review.figures.js";

@ObjectType({ description: "One figure of the review and the records behind it." })
export class ReviewFigure {
  @Field(() => String) key!: string;
  @Field(() => String, { description: "training, activities, support or proposals" }) section!: string;
  @Field(() => String, { description: "what is counted, in Chinese" }) label!: string;
  @Field(() => String, { description: "人, 人次, 件, 个, …" }) unit!: string;
  @Field(() => Float) value!: number;
  @Field(() => String, { description: "the list query that shows the records, e.g. activityParticipations" }) resource!: string;
  @Field(() => JSONObjectResolver, { description: "the filter argument for that list" }) filter!: Record<string, unknown>;
}

@ObjectType()
export class ReviewSession {
  @Field(() => Int) congressTerm!: number;
  @Field(() => Int) sessionNumber!: number;
}

@ObjectType({ description: "The yearly review of deputy work (代表工作综述) for one year." })
export class YearlyReview {
  @Field(() => Int) year!: number;
  @Field(() => [ReviewSession], { description: "the congress sessions held in the year" }) sessions!: ReviewSession[];
  @Field(() => [ReviewFigure]) figures!: ReviewFigure[];
}
for (const f of figures) {
  Object.defineProperty(YearlyReview.prototype, f.key, {
    get(this: YearlyReview) {
      return this.figures.find((x) => x.key === f.key);
    },
  });
  Field(() => ReviewFigure, { description: f.label })(YearlyReview.prototype, f.key);
}

function measureSql(f: FigureDef, where: SQL | undefined): SQL {
  const spec = f.spec();
  const cols = getTableColumns(spec.table) as Record<string, PgColumn>;
  const w = where ? sql` where ${where}` : sql``;
  const m = f.measure;
  if ("countDistinct" in m) return sql`(select count(distinct ${cols[m.countDistinct]!})::float8 from ${spec.table}${w})`;
  if ("sum" in m) return sql`(select coalesce(sum(${cols[m.sum]!}), 0)::float8 from ${spec.table}${w})`;
  return sql`(select count(*)::float8 from ${spec.table}${w})`;
}

@Resolver(() => YearlyReview)
export class ReviewResolver {
  @Authorized(READ)
  @Query(() => YearlyReview, { description: "every figure of the yearly review of deputy work for a year" })
  async yearlyReview(@Arg("year", () => Int) year: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<YearlyReview> {
    if (year < 1949 || year > 2100) throw badInput([{ field: "year", message: "must be a year between 1949 and 2100" }]);
    // The filters are written as a client sends them; coerced by the schema into internal values.
    const internal = (f: FigureDef) => {
      const type = info.schema.getType(`${f.spec().name}Filter`);
      if (!isInputObjectType(type)) throw new Error(`no filter type for ${f.spec().name}`);
      return coerceInputValue(f.filter(year), type) as Record<string, unknown>;
    };
    const parts = figures.map((f, i) => sql`${f.summary ? f.summary(year) : measureSql(f, whereOf(f.spec(), internal(f)))} as ${sql.identifier(`f${i}`)}`);
    const sessionsWhere = sql`${proposals.sessionNumber} is not null and ${proposals.submittedAt} between ${`${year}-01-01`} and ${`${year}-12-31`}`;
    const [row] = await run(
      ctx,
      sql`select ${sql.join(parts, sql`, `)},
        (select coalesce(json_agg(s order by s."congressTerm", s."sessionNumber"), '[]') from (
          select distinct ${proposals.congressTerm} as "congressTerm", ${proposals.sessionNumber} as "sessionNumber"
          from ${proposals} where ${sessionsWhere}) s) as sessions`,
    );
    return Object.assign(Object.create(YearlyReview.prototype) as YearlyReview, {
      year,
      sessions: row!.sessions as ReviewSession[],
      figures: figures.map((f, i) => ({
        key: f.key,
        section: f.section,
        label: f.label,
        unit: f.unit,
        value: row![`f${i}`] as number,
        resource: f.resource,
        filter: f.filter(year),
      })),
    });
  }
}
