// Duty activities and the deputies who took part (person-times are counted from participations).
// Every total of data/activities.ts is hit exactly: participants per activity are drawn with
// Rng.split, and each activity's participants are distinct deputies serving on its date.
import { activities, activityParticipations } from "../schema.js";
import { YEAR_PLANS, type YearPlan } from "./data/activities.js";
import { minDay, randomDay, ymd } from "./dates.js";
import { holdsAny, servingAnyOn, servingOn, type Person, type Roster } from "./deputies.js";
import type { County } from "./districts.js";
import { insertReturningIds, insertRows, type Tx } from "./db.js";
import { distinct, streamFor, type Rng } from "./random.js";
import type { Station } from "./stations.js";

type ActivityRow = typeof activities.$inferInsert;
type Kind = ActivityRow["kind"];
type Draft = { row: ActivityRow; participants: Person[] };

// Kinds whose first participant leads the group.
const LED: readonly Kind[] = ["legislative_research", "research", "inspection", "special_inquiry", "law_enforcement_check"];

type Context = { rng: Rng; roster: Roster; counties: County[]; stations: Station[]; plan: YearPlan };

function dayIn(ctx: Context, month: number): string {
  const { year, lastDay } = ctx.plan;
  return randomDay(ctx.rng, ymd(year, month, 1), minDay(ymd(year, month, 28), lastDay));
}

function lastMonth(plan: YearPlan): number {
  return Number(plan.lastDay.slice(5, 7));
}

function cityOn(ctx: Context, date: string): Person[] {
  return ctx.roster.city.filter((p) => servingOn(p, "city", date));
}

function countyByName(ctx: Context, name: string): County {
  const county = ctx.counties.find((c) => c.name === name);
  if (!county) throw new Error(`unknown county ${name}`);
  return county;
}

function localOn(ctx: Context, county: County, date: string): Person[] {
  const local = ctx.roster.byCounty.get(county.id)!;
  return distinct(local.city, local.county, local.township).filter((p) => servingAnyOn(p, date));
}

function draft(area: ActivityRow["area"], kind: Kind, title: string, date: string, participants: Person[], extra: Partial<ActivityRow> = {}): Draft {
  return { row: { area, kind, title, date, districtId: null, stationId: null, suggestionsCount: 0, ...extra }, participants };
}

function legislation(ctx: Context): Draft[] {
  const { rng, plan } = ctx;
  const items = plan.legislation.items;
  const sizes = rng.split(plan.legislation.participations, items.length, 20, 60);
  return items.map((item, i) => {
    const date = dayIn(ctx, item.month);
    const county = item.county ? countyByName(ctx, item.county) : undefined;
    // Research on site involves the deputies of that county; city-wide items city and county deputies.
    const pool = county ? localOn(ctx, county, date) : distinct(cityOn(ctx, date), ctx.roster.county.filter((p) => servingOn(p, "county", date)));
    const title = county ? `${item.title}(${county.name})` : item.title;
    const suggestions = rng.int(6, 40);
    return draft("legislation", item.kind, title, date, rng.sample(pool, sizes[i]!), {
      districtId: county?.id ?? null,
      suggestionsCount: suggestions,
      description: `组织代表${sizes[i]}人次参与,收集意见建议${suggestions}条。`,
    });
  });
}

// City deputies take part in every item; county deputies (holding no city mandate) in some.
function supervision(ctx: Context): Draft[] {
  const { rng, plan } = ctx;
  const s = plan.supervision;
  const n = s.items.length;
  const citySizes = rng.split(s.cityParticipations, n, 6, 16);
  const otherSizes = rng.split(s.otherParticipations, s.otherItems, 2, 6);
  const withOthers = rng.sample([...s.items.keys()], s.otherItems);
  const suggestions = rng.split(s.suggestions, n, 2, 12);
  return s.items.map((item, i) => {
    const date = dayIn(ctx, item.month);
    const city = rng.sample(cityOn(ctx, date), citySizes[i]!);
    const slot = withOthers.indexOf(i);
    const countyOnly = ctx.roster.county.filter((p) => !holdsAny(p, "city") && servingOn(p, "county", date));
    const others = slot < 0 ? [] : rng.sample(countyOnly, otherSizes[slot]!);
    return draft("supervision", item.kind, item.title, date, [...city, ...others], {
      suggestionsCount: suggestions[i]!,
      description: `组织市人大代表${city.length}人次参与,提出意见建议${suggestions[i]}条。`,
    });
  });
}

// Receptions at stations and rooms, by deputies stationed there who were serving that day.
function receptions(ctx: Context): Draft[] {
  const { rng, plan } = ctx;
  const first = ymd(plan.year, 1, 6);
  const places = ctx.stations.filter((s) => s.kind !== "online" && s.active && s.deputies.length >= 2);
  const picks = Array.from({ length: plan.receptions.count }, () => {
    const date = randomDay(rng, first, plan.lastDay);
    const kind = rng.chance(0.75) ? "station" : "room";
    const open = places.filter((s) => s.kind === kind && s.openedOn <= date);
    const station = rng.pick(open);
    return { date, station, present: station.deputies.filter((p) => servingAnyOn(p, date)) };
  });
  const sizes = rng.split(plan.receptions.participations, picks.length, 2, picks.map((p) => Math.min(6, p.present.length)));
  return picks.map(({ date, station, present }, i) => {
    const visitors = rng.int(5, 60);
    const issues = rng.int(1, 8);
    return draft("contact", "station_reception", `${station.name}代表接待选民活动`, date, rng.sample(present, sizes[i]!), {
      districtId: station.county.id,
      stationId: station.id,
      suggestionsCount: issues,
      description: `接待群众${visitors}人次,收集意见建议${issues}条,现场解答${rng.int(0, issues)}条。`,
    });
  });
}

// Forums of deputies attending Standing Committee sessions (city deputies), and county forums.
function forums(ctx: Context): Draft[] {
  const { rng, plan } = ctx;
  const [from, to] = plan.forums.standingCommitteeSessions;
  const sessions = Math.min(to - from + 1, Math.ceil(plan.forums.count / 2));
  const sizes = rng.split(plan.forums.participations, plan.forums.count, 10, 24);
  const months = lastMonth(plan);
  return sizes.map((size, i) => {
    if (i < sessions) {
      const date = dayIn(ctx, Math.min(months, 1 + Math.floor(((i + 0.5) * months) / sessions)));
      return draft("contact", "forum", `列席市人大常委会第${from + i}次会议代表座谈会`, date, rng.sample(cityOn(ctx, date), size), {
        suggestionsCount: rng.int(3, 15),
      });
    }
    const county = rng.pick(ctx.counties.filter((c) => c.congressTerm !== null));
    const date = dayIn(ctx, rng.int(1, months));
    const local = ctx.roster.byCounty.get(county.id)!;
    const pool = distinct(local.city, local.county).filter((p) => servingAnyOn(p, date));
    return draft("contact", "forum", `“高质量发展,代表在行动”${county.name}代表座谈会`, date, rng.sample(pool, size), {
      districtId: county.id,
      suggestionsCount: rng.int(3, 15),
    });
  });
}

function visits(ctx: Context): Draft[] {
  const { rng, plan } = ctx;
  const townships = ctx.counties.flatMap((c) => c.townships).filter((t) => t.kind !== "street");
  const sizes = rng.split(plan.visits.participations, plan.visits.count, 4, 9);
  return sizes.map((size) => {
    const township = rng.pick(townships);
    const date = dayIn(ctx, rng.int(1, lastMonth(plan)));
    const local = ctx.roster.byTownship.get(township.id)!;
    const pool = distinct(local.township, local.county).filter((p) => servingAnyOn(p, date));
    return draft("contact", "constituent_visit", `${township.name}人大代表走访选民活动`, date, rng.sample(pool, size), {
      districtId: township.county.id,
      suggestionsCount: rng.int(2, 10),
    });
  });
}

function others(ctx: Context): Draft[] {
  const { rng, plan } = ctx;
  const items = plan.other.items;
  const sizes = rng.split(plan.other.participations, items.length, 12, 30);
  return items.map((item, i) => {
    const date = dayIn(ctx, item.month);
    return draft("other", item.kind, item.title, date, rng.sample(cityOn(ctx, date), sizes[i]!), { suggestionsCount: rng.int(0, 5) });
  });
}

function checkDrafts(drafts: Draft[], plan: YearPlan): void {
  const count = (area: ActivityRow["area"]) => drafts.filter((d) => d.row.area === area).reduce((n, d) => n + d.participants.length, 0);
  const s = plan.supervision;
  const expected = plan.legislation.participations + s.cityParticipations + s.otherParticipations + plan.receptions.participations
    + plan.forums.participations + plan.visits.participations + plan.other.participations;
  const total = drafts.reduce((n, d) => n + d.participants.length, 0);
  // A pool smaller than its share would silently shrink a figure: fail instead.
  if (total !== expected || count("legislation") !== plan.legislation.participations) {
    throw new Error(`activities of ${plan.year}: ${total} person-times instead of ${expected}`);
  }
}

export async function seedActivities(tx: Tx, roster: Roster, counties: County[], stations: Station[]): Promise<void> {
  const drafts: Draft[] = [];
  for (const plan of YEAR_PLANS) {
    const ctx: Context = { rng: streamFor(`activities-${plan.year}`), roster, counties, stations, plan };
    const year = [...legislation(ctx), ...supervision(ctx), ...receptions(ctx), ...forums(ctx), ...visits(ctx), ...others(ctx)];
    checkDrafts(year, plan);
    drafts.push(...year.sort((a, b) => a.row.date.localeCompare(b.row.date)));
  }
  const ids = await insertReturningIds(tx, activities, drafts.map((d) => d.row));
  const rows = drafts.flatMap((d, i) =>
    d.participants.map((p, k) => ({
      activityId: ids[i]!,
      deputyId: p.id,
      role: k === 0 && LED.includes(d.row.kind) ? ("leader" as const) : ("participant" as const),
    })),
  );
  await insertRows(tx, activityParticipations, rows);
}
