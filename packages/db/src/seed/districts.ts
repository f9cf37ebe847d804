// Bijie's counties and townships, inserted as districts, plus the villages and communities of each
// township (which have no table of their own but name liaison rooms and deputies' work units).
import { districts } from "../schema.js";
import { COUNTIES, COMMUNITY_NAMES, VILLAGE_HEADS, VILLAGE_TAILS, townshipKind, type CountySpec, type TownshipKind } from "./data/places.js";
import { insertReturningIds, type Tx } from "./db.js";
import { streamFor, type Rng } from "./random.js";

export type County = Omit<CountySpec, "townships"> & { id: number; townships: Township[] };
export type Township = {
  id: number;
  code: string;
  name: string;
  kind: TownshipKind;
  county: County;
  // villages (村) of a 乡/镇, communities (社区) of a 街道
  villages: string[];
};

const FIRST_CODE: Record<TownshipKind, number> = { street: 1, town: 101, township: 201 };

function villageNames(rng: Rng, kind: TownshipKind): string[] {
  const names = new Set<string>();
  if (kind === "street") {
    const count = rng.int(6, 10);
    for (const name of rng.sample(COMMUNITY_NAMES, count)) names.add(`${name}社区`);
  } else {
    const count = rng.int(10, 18);
    while (names.size < count) {
      const head = rng.pick(VILLAGE_HEADS);
      const tail = rng.pick(VILLAGE_TAILS);
      if (!head.endsWith(tail) || tail === "") names.add(`${head}${tail}村`); // no 坝坝村
    }
  }
  return [...names];
}

export async function seedDistricts(tx: Tx): Promise<County[]> {
  const rng = streamFor("districts");
  const countyIds = await insertReturningIds(
    tx,
    districts,
    COUNTIES.map((c) => ({ code: c.code, name: c.name, level: "county" as const })),
  );
  const counties: County[] = COUNTIES.map((spec, i) => ({ ...spec, id: countyIds[i]!, townships: [] }));

  const townships: Township[] = [];
  for (const [i, county] of counties.entries()) {
    const next: Record<TownshipKind, number> = { ...FIRST_CODE };
    for (const name of COUNTIES[i]!.townships) {
      const kind = townshipKind(name);
      const code = `${county.code}${String(next[kind]++).padStart(3, "0")}`;
      const township: Township = { id: 0, code, name, kind, county, villages: villageNames(rng, kind) };
      townships.push(township);
      county.townships.push(township);
    }
  }
  const ids = await insertReturningIds(
    tx,
    districts,
    townships.map((t) => ({ code: t.code, name: t.name, level: "township" as const, parentId: t.county.id })),
  );
  townships.forEach((t, i) => (t.id = ids[i]!));
  return counties;
}
