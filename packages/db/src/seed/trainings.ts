// Trainings and who attended them. The two classes of 2024 (May, Jiangsu; September, Shenzhen) are
// attended by more than 90 distinct deputies of all levels, as the review says (90余人).
import { trainingAttendances, trainings } from "../schema.js";
import { TRAININGS, type TrainingSpec } from "./data/trainings.js";
import { servingOn, type Person, type Roster } from "./deputies.js";
import { insertReturningIds, insertRows, type Tx } from "./db.js";
import { distinct, streamFor, type Rng } from "./random.js";

type AttendanceRow = typeof trainingAttendances.$inferInsert;

// The two review classes: 46 and 50 attended, 2 deputies attended both, so 94 distinct deputies;
// a few more were enrolled but on leave or absent (not counted as trained).
const REVIEW_CLASSES = { first: 46, second: 48, both: 2, onLeave: 2, absent: 1 };

// Who is invited to a training: serving deputies of the given levels on its first day. Deputies of
// "all levels" are mostly city and county deputies, with some from townships.
function invitees(rng: Rng, roster: Roster, spec: TrainingSpec, count: number): Person[] {
  const on = spec.startDate;
  const city = roster.city.filter((p) => servingOn(p, "city", on));
  if (spec.pool === "city") return rng.sample(city, count);
  const isCity = new Set(city);
  const county = roster.county.filter((p) => servingOn(p, "county", on) && !isCity.has(p));
  if (spec.pool === "city_county") return rng.sample(distinct(city, county), count);
  const township = roster.township.filter((p) => servingOn(p, "township", on));
  const shares = [Math.round(count * 0.4), Math.round(count * 0.35)];
  const picked = new Set([...rng.sample(city, shares[0]!), ...rng.sample(county, shares[1]!)]);
  for (const p of rng.sample(township, count)) {
    if (picked.size >= count) break;
    picked.add(p);
  }
  return rng.shuffle([...picked]);
}

function reviewClassAttendance(rng: Rng, roster: Roster, first: TrainingSpec, ids: [number, number]): AttendanceRow[] {
  const c = REVIEW_CLASSES;
  const people = invitees(rng, roster, first, c.first + c.second + c.onLeave + c.absent);
  const firstClass = people.slice(0, c.first);
  const secondClass = [...people.slice(c.first, c.first + c.second), ...firstClass.slice(0, c.both)];
  const excused = people.slice(c.first + c.second);
  const hours = first.hours;
  return [
    ...firstClass.map((p) => ({ trainingId: ids[0], deputyId: p.id, status: "attended" as const, hours })),
    ...excused.slice(0, c.onLeave).map((p) => ({ trainingId: ids[0], deputyId: p.id, status: "on_leave" as const, hours: null })),
    ...secondClass.map((p) => ({ trainingId: ids[1], deputyId: p.id, status: "attended" as const, hours })),
    ...excused.slice(c.onLeave).map((p) => ({ trainingId: ids[1], deputyId: p.id, status: "absent" as const, hours: 0 })),
  ];
}

function attendance(rng: Rng, roster: Roster, spec: TrainingSpec, trainingId: number): AttendanceRow[] {
  return invitees(rng, roster, spec, spec.invited).map((p) => {
    const status = rng.weighted(spec.statuses);
    return { trainingId, deputyId: p.id, status, hours: status === "attended" ? spec.hours : status === "absent" ? 0 : null };
  });
}

export async function seedTrainings(tx: Tx, roster: Roster): Promise<void> {
  const rng = streamFor("trainings");
  const ids = await insertReturningIds(
    tx,
    trainings,
    TRAININGS.map((t) => ({
      title: t.title,
      form: t.form,
      organiser: t.organiser,
      venue: t.venue,
      startDate: t.startDate,
      endDate: t.endDate,
      hours: t.hours,
      online: t.form === "online" || t.form === "self_study",
      description: t.description,
    })),
  );
  const rows: AttendanceRow[] = [];
  const review = TRAININGS.flatMap((t, i) => (t.reviewClass ? [i] : []));
  if (review.length !== 2) throw new Error("expected the two review classes of 2024");
  rows.push(...reviewClassAttendance(rng, roster, TRAININGS[review[0]!]!, [ids[review[0]!]!, ids[review[1]!]!]));
  TRAININGS.forEach((spec, i) => {
    if (!spec.reviewClass) rows.push(...attendance(rng, roster, spec, ids[i]!));
  });
  await insertRows(tx, trainingAttendances, rows);
}
