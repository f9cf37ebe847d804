// The duty record (代表履职档案): `deputy(id) { dutyRecord(year) { … } }`, batched for a page of
// deputies; the ranking by points; and the deputies with nothing recorded in a year (who to remind).
import {
  activityParticipations,
  contactDeputies,
  mandateLevel,
  meetingAttendees,
  opinions,
  proposalCosigners,
  proposals,
  receptionDeputies,
  stationDeputies,
  trainingAttendances,
} from "@daibiao/db";
import { sql } from "drizzle-orm";
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { activityParticipationSpec } from "../activities/activity.table.js";
import { ActivityParticipation } from "../activities/activity.type.js";
import { READ } from "../auth/roles.js";
import { contactDeputySpec } from "../contacts/contact.table.js";
import { ContactDeputy } from "../contacts/contact.type.js";
import type { Context } from "../context.js";
import { deputySpec } from "../deputies/deputy.table.js";
import { Deputy } from "../deputies/deputy.type.js";
import { gqlEnum } from "../grammar/enums.js";
import { badInput, parseId } from "../grammar/errors.js";
import { anyId, rowMapper, run, type Row } from "../grammar/loaders.js";
import { meetingAttendeeSpec } from "../meetings/meeting.table.js";
import { MeetingAttendee } from "../meetings/meeting.type.js";
import { Opinion } from "../opinions/opinion.type.js";
import { proposalCosignerSpec, proposalSpec } from "../proposals/proposal.table.js";
import { Proposal, ProposalCosigner } from "../proposals/proposal.type.js";
import { receptionDeputySpec } from "../receptions/reception.table.js";
import { ReceptionDeputy } from "../receptions/reception.type.js";
import { stationDeputySpec } from "../stations/station.table.js";
import { StationDeputy } from "../stations/station.type.js";
import { trainingAttendanceSpec } from "../trainings/training.table.js";
import { TrainingAttendance } from "../trainings/training.type.js";
import { checkYear } from "./duty-point-rule.input.js";
import { ruleOfYear } from "./duty-point-rule.write.js";
import { COUNT_KEYS, dutySql, opinionDeputies, type DutyRow, type Scope } from "./duty-record.sql.js";
import { DutyPointRule, DutyRecord, DutyRecordPage } from "./duty-record.type.js";

function toRecord(year: number, row: DutyRow): DutyRecord {
  const counts = Object.fromEntries(COUNT_KEYS.map((k) => [k, row[k]])) as unknown as DutyRecord["counts"];
  return { year, deputyId: row.deputyId, serving: row.serving, hasDuty: row.hasDuty, points: row.points, rank: row.rank, counts };
}

async function page(ctx: Context, scope: Scope): Promise<DutyRecordPage> {
  const errors = [...checkYear(scope.year)];
  if (scope.first !== undefined && (scope.first < 1 || scope.first > 500)) errors.push({ field: "first", message: "must be between 1 and 500" });
  if (scope.offset !== undefined && scope.offset < 0) errors.push({ field: "offset", message: "must not be negative" });
  if (errors.length) throw badInput(errors);
  const rows = (await run(ctx, dutySql(scope))) as unknown as DutyRow[];
  if (rows.length === 0 && (scope.offset ?? 0) > 0) {
    // past the last page: the total still counts (a second, cheap look)
    const [first] = (await run(ctx, dutySql({ ...scope, first: 1, offset: 0 }))) as unknown as DutyRow[];
    return { totalCount: first?.total ?? 0, nodes: [] };
  }
  return { totalCount: rows[0]?.total ?? 0, nodes: rows.map((r) => toRecord(scope.year, r)) };
}

const within = (year: number) => ({ gte: `${year}-01-01`, lte: `${year}-12-31` });

@Resolver(() => Deputy)
export class DeputyDutyRecord {
  @FieldResolver(() => DutyRecord, { description: "everything the deputy did in the year (代表履职档案), with points and rank" })
  async dutyRecord(@Root() d: Row, @Arg("year", () => Int) year: number, @Ctx() ctx: Context): Promise<DutyRecord> {
    const errors = checkYear(year);
    if (errors.length) throw badInput(errors);
    return ctx.loaders.keyed(`duty:${year}`, d.id as number, async (ids) => {
      const rows = (await run(ctx, dutySql({ year, ids }))) as unknown as DutyRow[];
      const byId = new Map(rows.map((r) => [r.deputyId, r]));
      return ids.map((id) => toRecord(year, byId.get(id)!));
    });
  }
}

@ArgsType()
class DutyPageArgs {
  @Field(() => Int) year!: number;
  @Field(() => gqlEnum(mandateLevel), { nullable: true, description: "only deputies holding a mandate of this level in the year" }) level?: string | null;
  @Field(() => ID, { nullable: true, description: "only deputies holding a mandate in this district in the year" }) districtId?: string | null;
  @Field(() => Int, { defaultValue: 50 }) first!: number;
  @Field(() => Int, { defaultValue: 0 }) offset!: number;
}

const scopeOf = (a: DutyPageArgs): Scope => ({
  year: a.year,
  level: a.level ?? null,
  districtId: a.districtId == null ? null : parseId(a.districtId, "districtId"),
  first: a.first,
  offset: a.offset,
});

@Resolver(() => DutyRecord)
export class DutyRecordResolver {
  @Authorized(READ)
  @Query(() => DutyRecordPage, { description: "deputies serving in the year ranked by points (履职积分), highest first" })
  dutyRanking(@Args(() => DutyPageArgs, { validate: false }) args: DutyPageArgs, @Ctx() ctx: Context): Promise<DutyRecordPage> {
    return page(ctx, scopeOf(args));
  }

  @Authorized(READ)
  @Query(() => DutyRecordPage, { description: "deputies serving in the year with nothing recorded in it: whom to remind" })
  deputiesWithoutDuty(@Args(() => DutyPageArgs, { validate: false }) args: DutyPageArgs, @Ctx() ctx: Context): Promise<DutyRecordPage> {
    return page(ctx, { ...scopeOf(args), withoutDuty: true });
  }

  @FieldResolver(() => Deputy)
  async deputy(@Root() r: DutyRecord, @Ctx() ctx: Context): Promise<Row | null> {
    return ctx.loaders.byId(deputySpec, r.deputyId);
  }

  @FieldResolver(() => DutyPointRule, { nullable: true, description: "the points rule of the year; null when none applies" })
  rule(@Root() r: DutyRecord, @Ctx() ctx: Context): Promise<DutyPointRule | null> {
    return ruleOfYear(ctx, r.year);
  }

  // The records behind the counts, by the same rules, batched for a page of deputies.
  @FieldResolver(() => [TrainingAttendance], { description: "trainings of the year attended" })
  trainings(@Root() r: DutyRecord, @Ctx() ctx: Context): Promise<Row[]> {
    return ctx.loaders.children(trainingAttendanceSpec, trainingAttendances.deputyId, r.deputyId, {
      filter: { status: { eq: "attended" }, training: { startDate: within(r.year) } },
    });
  }

  @FieldResolver(() => [ActivityParticipation], { description: "duty activities of the year taken part in" })
  activities(@Root() r: DutyRecord, @Ctx() ctx: Context): Promise<Row[]> {
    return ctx.loaders.children(activityParticipationSpec, activityParticipations.deputyId, r.deputyId, { filter: { activity: { date: within(r.year) } } });
  }

  @FieldResolver(() => [Proposal], { description: "proposals of the year led, with how each ended (status)" })
  proposalsLed(@Root() r: DutyRecord, @Ctx() ctx: Context): Promise<Row[]> {
    return ctx.loaders.children(proposalSpec, proposals.leadDeputyId, r.deputyId, {
      filter: { submittedAt: within(r.year), status: { ne: "withdrawn" } },
    });
  }

  @FieldResolver(() => [ProposalCosigner], { description: "proposals of the year co-signed" })
  proposalsCosigned(@Root() r: DutyRecord, @Ctx() ctx: Context): Promise<Row[]> {
    return ctx.loaders.children(proposalCosignerSpec, proposalCosigners.deputyId, r.deputyId, {
      filter: { proposal: { submittedAt: within(r.year), status: { ne: "withdrawn" } } },
    });
  }

  @FieldResolver(() => [StationDeputy], { description: "stations and rooms the deputy was stationed at during the year" })
  stations(@Root() r: DutyRecord, @Ctx() ctx: Context): Promise<Row[]> {
    const { gte, lte } = within(r.year);
    return ctx.loaders.children(stationDeputySpec, stationDeputies.deputyId, r.deputyId, {
      filter: {
        and: [{ or: [{ fromDate: { isNull: true } }, { fromDate: { lte } }] }, { or: [{ toDate: { isNull: true } }, { toDate: { gte } }] }],
      },
    });
  }

  @FieldResolver(() => [ReceptionDeputy], { description: "receptions of constituents of the year the deputy was present at" })
  receptions(@Root() r: DutyRecord, @Ctx() ctx: Context): Promise<Row[]> {
    return ctx.loaders.children(receptionDeputySpec, receptionDeputies.deputyId, r.deputyId, { filter: { reception: { date: within(r.year) } } });
  }

  @FieldResolver(() => [Opinion], {
    description: "opinions raised in the year that the deputy took up or gave, or naming no deputy and raised at a reception, contact or meeting of the deputy's; with their course",
  })
  opinions(@Root() r: DutyRecord, @Ctx() ctx: Context): Promise<Row[]> {
    const { gte, lte } = within(r.year);
    return ctx.loaders.keyed(`dutyOpinions:${r.year}`, r.deputyId, async (ids) => {
      const map = rowMapper(opinions);
      const rows = await run(
        ctx,
        sql`select o.*, x.id as "__deputy" from ${opinions} o cross join lateral (${opinionDeputies(sql`o`)}) x
          where x.id ${anyId(ids)} and o.raised_on between ${gte}::date and ${lte}::date order by o.raised_on, o.id`,
      );
      const by = new Map<number, Row[]>(ids.map((i) => [i, []]));
      for (const row of rows) by.get(row.__deputy as number)?.push(map(row));
      return ids.map((i) => by.get(i)!);
    });
  }

  @FieldResolver(() => [ContactDeputy], { description: "contacts of the year by Standing Committee members and committees (两个联系)" })
  contacts(@Root() r: DutyRecord, @Ctx() ctx: Context): Promise<Row[]> {
    return ctx.loaders.children(contactDeputySpec, contactDeputies.deputyId, r.deputyId, { filter: { contact: { date: within(r.year) } } });
  }

  @FieldResolver(() => [MeetingAttendee], { description: "Standing Committee meetings starting in the year the deputy attended (列席)" })
  meetings(@Root() r: DutyRecord, @Ctx() ctx: Context): Promise<Row[]> {
    return ctx.loaders.children(meetingAttendeeSpec, meetingAttendees.deputyId, r.deputyId, { filter: { meeting: { startDate: within(r.year) } } });
  }
}
