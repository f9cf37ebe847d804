// Deputies and their mandates at all five levels. Everyone is generated in memory first (a Person with
// its mandates), then inserted in bulk; the Roster handed to the later steps lists who serves where.
import { deputies, deputyMandates } from "../schema.js";
import type { PiiKey } from "../pii.js";
import type { Profile } from "./data/work.js";
import { addDays, randomDay } from "./dates.js";
import type { County, Township } from "./districts.js";
import { insertReturningIds, insertRows, type Tx } from "./db.js";
import { Identities, type DeputyRow } from "./people.js";
import { streamFor, type Rng, type Weighted } from "./random.js";
import {
  CITY_PREVIOUS_TERM_START,
  CITY_TERM,
  CITY_TERM_START,
  COUNTY_PREVIOUS_TERM_START,
  COUNTY_TERM_START,
  NATIONAL_PREVIOUS_TERM_START,
  NATIONAL_TERM,
  NATIONAL_TERM_START,
  PROVINCIAL_PREVIOUS_TERM_START,
  PROVINCIAL_TERM,
  PROVINCIAL_TERM_START,
  SEED_TODAY,
  TOWNSHIP_PREVIOUS_TERM_START,
  TOWNSHIP_TERM,
  TOWNSHIP_TERM_START,
} from "./timeline.js";

type Level = (typeof deputyMandates.$inferInsert)["level"];
type EndReason = NonNullable<(typeof deputyMandates.$inferInsert)["endReason"]>;

export type Mandate = {
  level: Level;
  congressTerm: number;
  districtId: number;
  electoralUnit: string;
  delegation: string | null;
  startDate: string;
  endDate: string | null;
  endReason: EndReason | null;
};

export type Person = {
  id: number; // set once inserted
  row: DeputyRow;
  // the township the deputy was elected in (or lives in, for higher levels)
  township: Township;
  mandates: Mandate[];
};

type Local = { city: Person[]; county: Person[]; township: Person[] };

// Who serves where today (SEED_TODAY); persons whose mandate ended are in `persons` only.
export type Roster = {
  persons: Person[];
  city: Person[];
  county: Person[];
  township: Person[];
  byCounty: Map<number, Local>;
  byTownship: Map<number, Local>;
};

// How many mandates of each kind the seed creates (besides the seats per county in data/places.ts).
const PLAN = {
  cityEndedInTerm: 22,
  cityByElections: 18,
  cityAlsoCountyShare: 0.55,
  countyEndedInTerm: 60,
  townshipSeats: 12_000,
  townshipSeatsRange: [45, 75] as const,
  countyAlsoTownshipChance: 0.9,
  townshipEndedInTerm: 240,
  provincialFromCity: 12,
  provincialOthers: 18,
  nationalFromCity: 2,
  nationalOthers: 3,
  provincialPrevious: 10,
  nationalPrevious: 2,
  cityPreviousReelected: 170,
  cityPreviousOnly: 110,
  countyPrevious: 450,
  townshipPrevious: 1800,
};

const END_REASONS: Weighted<EndReason> = [["transferred", 45], ["resigned", 25], ["deceased", 10], ["removed", 8], ["other", 12]];
const END_NOTES: Record<EndReason, string> = {
  term_ended: "任期届满",
  transferred: "工作调动",
  resigned: "本人辞职",
  removed: "依法罢免",
  deceased: "因病去世",
  other: "户籍迁出",
};
const LEVEL_NAMES: Record<Level, string> = { national: "全国", provincial: "省", city: "市", county: "县", township: "乡镇" };

export function currentMandate(person: Person, level: Level): Mandate | undefined {
  return person.mandates.find((m) => m.level === level && m.endDate === null);
}

export function servingOn(person: Person, level: Level, date: string): boolean {
  return person.mandates.some((m) => m.level === level && m.startDate <= date && (m.endDate === null || m.endDate >= date));
}

export function servingAnyOn(person: Person, date: string): boolean {
  return person.mandates.some((m) => m.startDate <= date && (m.endDate === null || m.endDate >= date));
}

export function holdsAny(person: Person, level: Level): boolean {
  return person.mandates.some((m) => m.level === level);
}

class Builder {
  readonly persons: Person[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly ids: Identities,
    private readonly counties: County[],
  ) {}

  person(profile: Profile, township: Township): Person {
    const p: Person = { id: 0, row: this.ids.deputy(profile, township), township, mandates: [] };
    this.persons.push(p);
    return p;
  }

  // Deputies of an area without a congress of its own are elected by the county it was carved from.
  electingCongress(county: County): string {
    if (county.congressTerm !== null) return `${county.name}人民代表大会`;
    const origin = this.counties.find((c) => c.code === county.originCode)!;
    return `${origin.name}人民代表大会`;
  }

  city(p: Person, term: number, startDate: string, endDate: string | null = null): Mandate {
    const county = p.township.county;
    const m: Mandate = {
      level: "city",
      congressTerm: term,
      districtId: county.id,
      electoralUnit: this.electingCongress(county),
      delegation: `${county.name}代表团`,
      startDate,
      endDate,
      endReason: endDate ? "term_ended" : null,
    };
    p.mandates.push(m);
    return m;
  }

  county(p: Person, term: number, startDate: string, endDate: string | null = null): Mandate {
    const t = p.township;
    const m: Mandate = {
      level: "county",
      congressTerm: term,
      districtId: t.county.id,
      electoralUnit: `${t.name}第${this.rng.int(1, 12)}选区`,
      delegation: `${t.name}代表团`,
      startDate,
      endDate,
      endReason: endDate ? "term_ended" : null,
    };
    p.mandates.push(m);
    return m;
  }

  township(p: Person, term: number, startDate: string, endDate: string | null = null): Mandate {
    const t = p.township;
    const m: Mandate = {
      level: "township",
      congressTerm: term,
      districtId: t.id,
      electoralUnit: `${this.rng.pick(t.villages)}选区`,
      delegation: null,
      startDate,
      endDate,
      endReason: endDate ? "term_ended" : null,
    };
    p.mandates.push(m);
    return m;
  }

  higher(p: Person, level: "provincial" | "national", term: number, startDate: string, endDate: string | null = null): void {
    p.mandates.push({
      level,
      congressTerm: term,
      districtId: p.township.county.id,
      electoralUnit: level === "provincial" ? "毕节市人民代表大会" : "贵州省人民代表大会",
      delegation: level === "provincial" ? "毕节代表团" : "贵州代表团",
      startDate,
      endDate,
      endReason: endDate ? "term_ended" : null,
    });
  }

  // Ends a serving mandate early (resignation, transfer, …) on a day between `from` and `to`.
  endEarly(p: Person, m: Mandate, from: string, to: string): void {
    const reason = this.rng.weighted(END_REASONS);
    m.endDate = randomDay(this.rng, from > m.startDate ? from : m.startDate, to);
    m.endReason = reason;
    p.row.notes = `${m.endDate.slice(0, 4)}年${LEVEL_NAMES[m.level]}人大代表资格终止(${END_NOTES[reason]})`;
  }
}

function serving(persons: Person[], level: Level): Person[] {
  return persons.filter((p) => currentMandate(p, level) !== undefined);
}

function buildCity(b: Builder, rng: Rng, counties: County[]): Person[] {
  const city: Person[] = [];
  for (const county of counties) {
    for (let i = 0; i < county.citySeats; i++) {
      const p = b.person("city", rng.pick(county.townships));
      b.city(p, CITY_TERM, CITY_TERM_START);
      city.push(p);
    }
  }
  // Some left during the term; most seats were filled again by a by-election some months later.
  const leaving = rng.sample(city, PLAN.cityEndedInTerm);
  for (const [i, p] of leaving.entries()) {
    const m = currentMandate(p, "city")!;
    b.endEarly(p, m, "2022-03-01", "2024-10-31");
    if (i >= PLAN.cityByElections) continue;
    const successor = b.person("city", rng.pick(p.township.county.townships));
    b.city(successor, CITY_TERM, addDays(m.endDate!, rng.int(40, 160)));
  }
  return city;
}

function buildCounty(b: Builder, rng: Rng, counties: County[], cityOriginal: Person[]): void {
  for (const county of counties) {
    if (county.congressTerm === null) continue;
    const start = randomDay(rng, COUNTY_TERM_START.from, COUNTY_TERM_START.to);
    // Many city deputies also sit in their county congress.
    const fromCity = cityOriginal.filter((p) => p.township.county === county && currentMandate(p, "city"));
    const both = rng.sample(fromCity, Math.round(county.citySeats * PLAN.cityAlsoCountyShare));
    const members = [...both];
    while (members.length < county.countySeats) members.push(b.person("county", rng.pick(county.townships)));
    for (const p of members) b.county(p, county.congressTerm, start);
  }
}

function buildTownship(b: Builder, rng: Rng, counties: County[], countyMembers: Person[]): void {
  const townships = counties.flatMap((c) => c.townships).filter((t) => t.kind !== "street");
  const seats = rng.split(PLAN.townshipSeats, townships.length, PLAN.townshipSeatsRange[0], PLAN.townshipSeatsRange[1]);
  const countyHere = new Map<Township, Person[]>();
  for (const p of countyMembers) countyHere.set(p.township, [...(countyHere.get(p.township) ?? []), p]);
  for (const [i, township] of townships.entries()) {
    const start = randomDay(rng, TOWNSHIP_TERM_START.from, TOWNSHIP_TERM_START.to);
    // A county deputy often sits in the township congress too.
    const pool = countyHere.get(township) ?? [];
    const both = rng.sample(pool, (rng.chance(PLAN.countyAlsoTownshipChance) ? 1 : 0) + (rng.chance(0.3) ? 1 : 0));
    const members = [...both];
    while (members.length < seats[i]!) members.push(b.person("township", township));
    for (const p of members) b.township(p, TOWNSHIP_TERM, start);
  }
}

function buildHigher(b: Builder, rng: Rng, counties: County[], cityOriginal: Person[]): void {
  const servingCity = cityOriginal.filter((p) => currentMandate(p, "city"));
  const fromCity = rng.sample(servingCity, PLAN.provincialFromCity + PLAN.nationalFromCity);
  const provincialFromCity = fromCity.slice(0, PLAN.provincialFromCity);
  const nationalFromCity = fromCity.slice(PLAN.provincialFromCity);
  const newcomer = (profile: Profile) => {
    const county = rng.weighted(counties.map((c) => [c, c.citySeats] as const));
    return b.person(profile, rng.pick(county.townships));
  };
  const provincial = [...provincialFromCity, ...Array.from({ length: PLAN.provincialOthers }, () => newcomer("provincial"))];
  const national = [...nationalFromCity, ...Array.from({ length: PLAN.nationalOthers }, () => newcomer("national"))];
  for (const p of provincial) b.higher(p, "provincial", PROVINCIAL_TERM, PROVINCIAL_TERM_START);
  for (const p of national) b.higher(p, "national", NATIONAL_TERM, NATIONAL_TERM_START);
  for (const p of rng.sample(provincial, PLAN.provincialPrevious)) {
    b.higher(p, "provincial", PROVINCIAL_TERM - 1, PROVINCIAL_PREVIOUS_TERM_START, addDays(PROVINCIAL_TERM_START, -1));
  }
  for (const p of rng.sample(national, PLAN.nationalPrevious)) {
    b.higher(p, "national", NATIONAL_TERM - 1, NATIONAL_PREVIOUS_TERM_START, addDays(NATIONAL_TERM_START, -1));
  }
}

// The previous term (2016–2021) of some, so that history exists: re-elected deputies and a few
// city deputies who were not re-elected.
function buildPreviousTerms(b: Builder, rng: Rng, counties: County[], cityOriginal: Person[]): void {
  const cityEnd = addDays(CITY_TERM_START, -1);
  for (const p of rng.sample(cityOriginal, PLAN.cityPreviousReelected)) b.city(p, CITY_TERM - 1, CITY_PREVIOUS_TERM_START, cityEnd);
  for (let i = 0; i < PLAN.cityPreviousOnly; i++) {
    const county = rng.weighted(counties.map((c) => [c, c.citySeats] as const));
    b.city(b.person("former", rng.pick(county.townships)), CITY_TERM - 1, CITY_PREVIOUS_TERM_START, cityEnd);
  }
  const previousStart = new Map<County, string>();
  for (const p of rng.sample(serving(b.persons, "county"), PLAN.countyPrevious)) {
    const county = p.township.county;
    const current = currentMandate(p, "county")!;
    if (!previousStart.has(county)) previousStart.set(county, randomDay(rng, COUNTY_PREVIOUS_TERM_START.from, COUNTY_PREVIOUS_TERM_START.to));
    b.county(p, current.congressTerm - 1, previousStart.get(county)!, addDays(current.startDate, -1));
  }
  const townshipStart = new Map<Township, string>();
  for (const p of rng.sample(serving(b.persons, "township"), PLAN.townshipPrevious)) {
    const current = currentMandate(p, "township")!;
    if (!townshipStart.has(p.township)) townshipStart.set(p.township, randomDay(rng, TOWNSHIP_PREVIOUS_TERM_START.from, TOWNSHIP_PREVIOUS_TERM_START.to));
    b.township(p, TOWNSHIP_TERM - 1, townshipStart.get(p.township)!, addDays(current.startDate, -1));
  }
}

function endSomeEarly(b: Builder, rng: Rng): void {
  // County deputies who are also city deputies stay, so the city figures keep their people.
  const countyOnly = serving(b.persons, "county").filter((p) => !holdsAny(p, "city"));
  for (const p of rng.sample(countyOnly, PLAN.countyEndedInTerm)) b.endEarly(p, currentMandate(p, "county")!, "2022-01-01", "2025-03-31");
  const townshipOnly = serving(b.persons, "township").filter((p) => !currentMandate(p, "county"));
  for (const p of rng.sample(townshipOnly, PLAN.townshipEndedInTerm)) b.endEarly(p, currentMandate(p, "township")!, "2022-01-01", "2025-03-31");
}

function rosterOf(persons: Person[], counties: County[]): Roster {
  const local = (): Local => ({ city: [], county: [], township: [] });
  const byCounty = new Map(counties.map((c) => [c.id, local()]));
  const byTownship = new Map(counties.flatMap((c) => c.townships).map((t) => [t.id, local()]));
  const roster: Roster = { persons, city: [], county: [], township: [], byCounty, byTownship };
  for (const p of persons) {
    for (const level of ["city", "county", "township"] as const) {
      if (!currentMandate(p, level)) continue;
      roster[level].push(p);
      byCounty.get(p.township.county.id)![level].push(p);
      byTownship.get(p.township.id)![level].push(p);
    }
  }
  return roster;
}

export async function seedDeputies(tx: Tx, key: PiiKey, counties: County[]): Promise<Roster> {
  const rng = streamFor("deputies");
  const b = new Builder(rng, new Identities(streamFor("identities"), key), counties);
  const city = buildCity(b, rng, counties);
  buildCounty(b, rng, counties, city);
  buildTownship(b, rng, counties, serving(b.persons, "county"));
  buildHigher(b, rng, counties, city);
  endSomeEarly(b, rng);
  buildPreviousTerms(b, rng, counties, city.filter((p) => currentMandate(p, "city")));

  if (b.persons.some((p) => p.mandates.some((m) => m.startDate > SEED_TODAY))) throw new Error("a mandate starts after the snapshot date");

  const ids = await insertReturningIds(tx, deputies, b.persons.map((p) => p.row));
  b.persons.forEach((p, i) => (p.id = ids[i]!));
  await insertRows(tx, deputyMandates, b.persons.flatMap((p) => p.mandates.map((m) => ({ deputyId: p.id, ...m }))));
  return rosterOf(b.persons, counties);
}
