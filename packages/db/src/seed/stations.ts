// Liaison stations (联络站), rooms (联络室) and online stations (网上联络站), and the deputies stationed
// in them (进站入室).
//
// How the 2024 figures are counted (the API and any yearly review must use the same rule):
//   a station/room/online station "of 2024" is one with active = true and opened_on <= '2024-12-31';
//   a model one of 2024 also has is_model = true and model_year <= 2024.
// The schema has no closing date, so a station closed (active = false) is never counted. To make that
// rule matter, the seed adds stations opened in 2025, closed ones, and models designated in 2025.
import { stationDeputies, stations } from "../schema.js";
import type { PiiKey } from "../pii.js";
import { ROAD_NAMES } from "./data/places.js";
import { addDays, maxDay, minDay, randomDay } from "./dates.js";
import { currentMandate, type Person, type Roster } from "./deputies.js";
import type { County, Township } from "./districts.js";
import { insertReturningIds, insertRows, type Tx } from "./db.js";
import { Identities } from "./people.js";
import { distinct, streamFor, type Rng, type Weighted } from "./random.js";

type Kind = "station" | "room" | "online";
type Role = "head" | "deputy_head" | "member";
type StationRow = typeof stations.$inferInsert;

export type Station = {
  id: number;
  kind: Kind;
  name: string;
  county: County;
  township: Township | null;
  openedOn: string;
  active: boolean;
  // of the 2024 figures: active and opened on or before 2024-12-31
  counted: boolean;
  industry: string | null;
  parent: Station | null;
  deputies: Person[];
  row: StationRow;
};

// The 2024 figures of the review and the extra rows that make year and state matter.
const PLAN = {
  stations: 280,
  rooms: 1487,
  modelStations: 44,
  modelRooms: 45,
  newStations2025: 4, // plus one industry station opened in 2025
  closedStations: 3,
  roomsPerClosedStation: 2,
  newRooms2025: 6,
  modelStations2025: 2,
  modelRooms2025: 3,
};
const END_OF_2024 = "2024-12-31";

// Eight industry/professional stations, each in the county where that trade is strong.
const INDUSTRY_STATIONS: readonly (readonly [string, string])[] = [
  ["医疗卫生", "七星关区"],
  ["交通运输", "七星关区"],
  ["农业", "威宁彝族回族苗族自治县"],
  ["教育", "大方县"],
  ["旅游", "百里杜鹃管理区"],
  ["商贸", "金沙县"],
  ["能源", "纳雍县"],
  ["生态环境", "织金县"],
];
const INDUSTRY_2025: readonly [string, string] = ["数字经济", "七星关区"];
// Deputies of these sectors staff an industry station.
const INDUSTRY_SECTORS: Record<string, readonly string[]> = {
  医疗卫生: ["professional"],
  教育: ["professional"],
  交通运输: ["worker", "business"],
  能源: ["worker", "business"],
  农业: ["farmer", "business"],
  旅游: ["business"],
  商贸: ["business"],
  生态环境: ["official", "professional"],
  数字经济: ["business", "professional"],
};
const MODEL_YEARS: Weighted<number> = [[2024, 34], [2023, 8], [2022, 6]];
const ROOM_MODEL_YEARS: Weighted<number> = [[2024, 30], [2023, 9], [2022, 6]];

class StationBuilder {
  readonly all: Station[] = [];
  // village/community names already given to a station or room, per township
  private readonly usedNames = new Map<Township, Set<string>>();

  constructor(
    private readonly rng: Rng,
    private readonly ids: Identities,
  ) {}

  add(kind: Kind, name: string, county: County, township: Township | null, openedOn: string, extra: Partial<StationRow> = {}, parent: Station | null = null): Station {
    const active = extra.active ?? true;
    const row: StationRow = {
      name,
      kind,
      districtId: county.id,
      townshipId: township?.id ?? null,
      address: kind === "online" ? null : this.address(county, township, name),
      contactPerson: this.ids.name(this.rng.chance(0.45), "汉族"),
      contactPhone: this.rng.chance(0.6) ? this.ids.mobile() : this.ids.landline(),
      openedOn,
      active,
      isModel: false,
      isIndustry: false,
      ...extra,
    };
    const station: Station = {
      id: 0,
      kind,
      name,
      county,
      township,
      openedOn,
      active,
      counted: active && openedOn <= END_OF_2024,
      industry: extra.industry ?? null,
      parent,
      deputies: [],
      row,
    };
    this.all.push(station);
    return station;
  }

  // The next unused village/community name of a township, or undefined when all are taken.
  takeName(township: Township): string | undefined {
    const used = this.usedNames.get(township) ?? new Set<string>();
    this.usedNames.set(township, used);
    const name = township.villages.find((v) => !used.has(v));
    if (name) used.add(name);
    return name;
  }

  freeNames(township: Township): number {
    return township.villages.length - (this.usedNames.get(township)?.size ?? 0);
  }

  private address(county: County, township: Township | null, name: string): string {
    if (!township) return `${county.name}${this.rng.pick(ROAD_NAMES)}${this.rng.int(1, 300)}号`;
    const place = name.slice(township.name.length).match(/^.+?(村|社区)/)?.[0];
    if (place) return `${county.name}${township.name}${place}${place.endsWith("村") ? "村民委员会" : "居民委员会"}`;
    return `${county.name}${township.name}${township.kind === "street" ? "办事处" : "人民政府"}便民服务中心`;
  }
}

// One station per township, the eight industry stations, and community stations in the larger streets
// up to the 2024 figure; then the ones opened in 2025 and the closed ones. Returns the township stations.
function buildStations(b: StationBuilder, rng: Rng, counties: County[]): Station[] {
  const townships = counties.flatMap((c) => c.townships);
  const streets = townships.filter((t) => t.kind === "street");
  const townshipStations = townships.map((t) => b.add("station", `${t.name}人大代表联络站`, t.county, t, randomDay(rng, "2017-03-01", "2023-10-31")));
  for (const [industry, countyName] of INDUSTRY_STATIONS) {
    const county = counties.find((c) => c.name === countyName)!;
    b.add("station", `${county.name}${industry}行业代表联络站`, county, null, randomDay(rng, "2021-01-01", "2024-06-30"), { isIndustry: true, industry });
  }
  // Larger urban communities have a station of their own; fill up to the 2024 figure with them.
  const communityStation = (street: Township, openedOn: string, active = true) =>
    b.add("station", `${street.name}${b.takeName(street)!}人大代表联络站`, street.county, street, openedOn, { active });
  const order = rng.shuffle(streets);
  let next = 0;
  const nextStreet = () => order[next++ % order.length]!;
  while (b.all.length < PLAN.stations) communityStation(nextStreet(), randomDay(rng, "2018-01-01", "2024-11-30"));
  for (let i = 0; i < PLAN.newStations2025; i++) communityStation(nextStreet(), randomDay(rng, "2025-01-06", "2025-04-30"));
  const [industry, countyName] = INDUSTRY_2025;
  const county = counties.find((c) => c.name === countyName)!;
  b.add("station", `${county.name}${industry}行业代表联络站`, county, null, "2025-03-18", { isIndustry: true, industry });
  for (let i = 0; i < PLAN.closedStations; i++) communityStation(nextStreet(), randomDay(rng, "2017-06-01", "2019-12-31"), false);
  return townshipStations;
}

function buildRooms(b: StationBuilder, rng: Rng, townshipStations: Station[]): void {
  const room = (parent: Station, openedOn: string, active: boolean) => {
    const township = parent.township!;
    b.add("room", `${township.name}${b.takeName(township)!}人大代表联络室`, parent.county, township, openedOn, { active }, parent);
  };
  const caps = townshipStations.map((s) => b.freeNames(s.township!));
  const counts = rng.split(PLAN.rooms, townshipStations.length, 3, caps);
  townshipStations.forEach((parent, i) => {
    for (let k = 0; k < counts[i]!; k++) room(parent, minDay(END_OF_2024, addDays(parent.openedOn, rng.int(20, 900))), true);
  });
  const withRoomLeft = townshipStations.filter((s) => b.freeNames(s.township!) > 0);
  for (const parent of rng.sample(withRoomLeft, PLAN.newRooms2025)) room(parent, randomDay(rng, "2025-01-06", "2025-04-30"), true);
  const closed = b.all.filter((s) => s.kind === "station" && !s.active);
  for (const parent of closed) {
    for (let k = 0; k < PLAN.roomsPerClosedStation; k++) room(parent, addDays(parent.openedOn, rng.int(10, 200)), false);
  }
}

// Every station has its online counterpart, opened when the online platform was rolled out.
function buildOnline(b: StationBuilder, rng: Rng): void {
  for (const s of b.all.filter((x) => x.kind === "station")) {
    const openedOn = maxDay(s.openedOn, randomDay(rng, "2020-03-01", "2023-06-30"));
    b.add("online", s.name.replace(/联络站$/, "网上联络站"), s.county, s.township, openedOn, { active: s.active });
  }
}

function designateModels(rng: Rng, kind: Kind, count: number, count2025: number, years: Weighted<number>, all: Station[]): void {
  const candidates = all.filter((s) => s.kind === kind && s.counted);
  const chosen = rng.sample(candidates, count + count2025);
  chosen.forEach((s, i) => {
    const year = i < count ? Math.max(rng.weighted(years), Number(s.openedOn.slice(0, 4))) : 2025;
    s.row.isModel = true;
    s.row.modelYear = year;
  });
}

function staffFrom(rng: Rng, station: Station, roster: Roster): Person[] {
  const county = roster.byCounty.get(station.county.id)!;
  if (station.industry) {
    const sectors = INDUSTRY_SECTORS[station.industry] ?? [];
    const pool = distinct(county.city, county.county).filter((p) => sectors.includes(p.row.occupationSector ?? ""));
    return rng.sample(pool, rng.int(5, 8));
  }
  const local = roster.byTownship.get(station.township!.id)!;
  if (station.kind === "room") {
    const pool = local.township.length > 0 ? local.township : local.county;
    return rng.sample(pool, rng.int(1, 3));
  }
  // A station: the county and city deputies elected there, and some township deputies.
  const senior = rng.sample(distinct(local.county, local.city), rng.int(2, 4));
  const rest = rng.sample(local.township.filter((p) => !senior.includes(p)), rng.int(2, 5));
  return [...senior, ...rest];
}

function earliestCurrentStart(p: Person): string {
  const starts = (["township", "county", "city"] as const).map((l) => currentMandate(p, l)?.startDate).filter((d): d is string => !!d);
  return starts.sort()[0]!;
}

function stationDeputyRows(rng: Rng, all: Station[], roster: Roster): (typeof stationDeputies.$inferInsert)[] {
  const rows: (typeof stationDeputies.$inferInsert)[] = [];
  for (const station of all) {
    if (station.kind === "online") continue;
    station.deputies = staffFrom(rng, station, roster);
    station.deputies.forEach((p, i) => {
      const role: Role = i === 0 ? "head" : i === 1 && station.kind === "station" ? "deputy_head" : "member";
      const fromDate = maxDay(station.openedOn, earliestCurrentStart(p));
      // Closed stations: their deputies left when it closed (in 2023, before the 2024 count).
      const toDate = station.active ? null : maxDay(fromDate, randomDay(rng, "2023-03-01", "2023-12-31"));
      rows.push({ stationId: station.id, deputyId: p.id, role, fromDate, toDate });
    });
  }
  return rows;
}

export async function seedStations(tx: Tx, key: PiiKey, counties: County[], roster: Roster): Promise<Station[]> {
  const rng = streamFor("stations");
  const b = new StationBuilder(rng, new Identities(streamFor("station-contacts"), key));
  const townshipStations = buildStations(b, rng, counties);
  buildRooms(b, rng, townshipStations);
  buildOnline(b, rng);
  designateModels(rng, "station", PLAN.modelStations, PLAN.modelStations2025, MODEL_YEARS, b.all);
  designateModels(rng, "room", PLAN.modelRooms, PLAN.modelRooms2025, ROOM_MODEL_YEARS, b.all);

  // Stations first, so that rooms can point at their ids.
  for (const kind of ["station", "room", "online"] as const) {
    const batch = b.all.filter((s) => s.kind === kind);
    const ids = await insertReturningIds(tx, stations, batch.map((s) => ({ ...s.row, parentId: s.parent?.id ?? null })));
    batch.forEach((s, i) => (s.id = ids[i]!));
  }

  await insertRows(tx, stationDeputies, stationDeputyRows(rng, b.all, roster));
  return b.all;
}
