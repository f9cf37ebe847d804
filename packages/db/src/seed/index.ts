// `pnpm db:seed`: replaces all data with a deterministic, believable demo data set for Bijie, built so
// that the records reproduce every figure of the 2024 deputy-work review (see DOMAIN.md and figures.ts
// for how each figure is counted).
import type { Db } from "../client.js";
import type { PiiKey } from "../pii.js";
import { seedActivities } from "./activities.js";
import { truncateAll } from "./db.js";
import { seedDeputies } from "./deputies.js";
import { seedDeputyWork } from "./deputy-work.js";
import { seedDistricts } from "./districts.js";
import { figures2024, rowsPerTable, type Figures2024 } from "./figures.js";
import { seedProposals } from "./proposals.js";
import { seedStations } from "./stations.js";
import { seedTrainings } from "./trainings.js";
import { seedHandlingUnits } from "./units.js";
import { seedUsers } from "./users.js";

// the seeded generator, for tests that want random data they can replay
export { Rng } from "./random.js";

export { FIGURE_LABELS, type Figures2024 } from "./figures.js";
export { DEMO_USERS } from "./users.js";

export type SeedSummary = {
  // rows per table, by SQL table name
  tables: Record<string, number>;
  // the review's figures as the records now give them (counted by SQL after inserting)
  figures2024: Figures2024;
};

export type SeedOptions = { log?: (msg: string) => void };

// One transaction: a failed seed leaves the previous data untouched.
export async function seedDemo(db: Db, key: PiiKey, options: SeedOptions = {}): Promise<SeedSummary> {
  const log = options.log ?? (() => {});
  return db.transaction(async (tx) => {
    const step = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
      const started = performance.now();
      const result = await run();
      log(`${label}: ${Math.round(performance.now() - started)} ms`);
      return result;
    };
    await step("truncate", () => truncateAll(tx));
    const counties = await step("districts", () => seedDistricts(tx));
    const roster = await step("deputies and mandates", () => seedDeputies(tx, key, counties));
    const units = await step("handling units", () => seedHandlingUnits(tx, key));
    const stations = await step("stations and stationed deputies", () => seedStations(tx, key, counties, roster));
    await step("trainings", () => seedTrainings(tx, roster));
    await step("activities", () => seedActivities(tx, roster, counties, stations));
    await step("proposals", () => seedProposals(tx, roster, counties, units));
    await step("receptions, opinions, groups, contacts, meetings, measures", () => seedDeputyWork(tx, key));
    await step("demo users", () => seedUsers(tx));
    const tables = await step("counting", () => rowsPerTable(tx));
    return { tables, figures2024: await figures2024(tx) };
  });
}
