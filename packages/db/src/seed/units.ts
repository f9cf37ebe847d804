// Handling units (承办单位) of proposals.
import { handlingUnits } from "../schema.js";
import { HANDLING_UNITS } from "./data/units.js";
import { insertReturningIds, type Tx } from "./db.js";
import { Identities } from "./people.js";
import type { PiiKey } from "../pii.js";
import { streamFor } from "./random.js";

export type Unit = { id: number; name: string; kind: (typeof HANDLING_UNITS)[number][1] };

export async function seedHandlingUnits(tx: Tx, key: PiiKey): Promise<Unit[]> {
  const rng = streamFor("units");
  const ids = new Identities(rng, key);
  const rows = HANDLING_UNITS.map(([name, kind]) => ({
    name,
    kind,
    contactPerson: ids.name(rng.chance(0.5), "汉族"),
    contactPhone: rng.chance(0.7) ? ids.landline() : ids.mobile(),
  }));
  const unitIds = await insertReturningIds(tx, handlingUnits, rows);
  return HANDLING_UNITS.map(([name, kind], i) => ({ id: unitIds[i]!, name, kind }));
}
