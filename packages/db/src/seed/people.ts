// Invented but believable personal details of deputies: names by ethnicity, birth dates, valid ID-card
// numbers (sealed, never stored in the clear), mobile phones, and work units that fit the place.
import { deputies } from "../schema.js";
import { idCardCheckChar, sealIdCard, type PiiKey } from "../pii.js";
import { ETHNIC_SURNAMES, FEMALE_GIVEN, LANDLINE_AREA, MALE_GIVEN, MOBILE_PREFIXES, SURNAMES } from "./data/names.js";
import { townshipHeadTitle } from "./data/places.js";
import { AFFILIATIONS, BIRTH_YEARS, FEMALE_SHARE, SECTORS, educationTable, workFor, type Profile, type WorkPlace } from "./data/work.js";
import { randomDay, ymd } from "./dates.js";
import type { County, Township } from "./districts.js";
import type { Rng } from "./random.js";

export type DeputyRow = typeof deputies.$inferInsert;

// Ethnic groups named in a township's name (e.g. 阴底彝族苗族白族乡) are more common there.
const ETHNIC_NAMES = ["彝族", "苗族", "回族", "白族", "布依族", "仡佬族", "满族", "蒙古族"];
const NAMED_IN_TOWNSHIP_BOOST = 14;

// Shares of deputies with a phone or an ID-card number on record.
const PHONE_SHARE = 0.96;
const ID_CARD_SHARE = 0.93;

function ethnicityFor(rng: Rng, township: Township): string {
  const weights = new Map<string, number>(township.county.ethnicities.map(([name, w]) => [name, w]));
  for (const name of ETHNIC_NAMES) {
    if (township.name.includes(name)) weights.set(name, (weights.get(name) ?? 0) + NAMED_IN_TOWNSHIP_BOOST);
  }
  return rng.weighted([...weights.entries()]);
}

function partyCommittee(county: County): string {
  // The two administrative areas have a working committee (工委) instead of a party committee.
  return county.congressTerm === null ? `中共${county.name}工作委员会` : `中共${county.name}委员会`;
}

function workPlace(rng: Rng, township: Township): WorkPlace {
  return {
    county: township.county.name,
    government: township.county.government,
    partyCommittee: partyCommittee(township.county),
    deputyHeadTitle: township.county.deputyHeadTitle,
    township: township.name,
    townshipHeadTitle: townshipHeadTitle(township.kind),
    isStreet: township.kind === "street",
    village: rng.pick(township.villages),
  };
}

// Hands out unique phone and ID-card numbers and invents names; one per seed run.
export class Identities {
  private readonly phones = new Set<string>();
  private readonly idCards = new Set<string>();

  constructor(
    private readonly rng: Rng,
    private readonly key: PiiKey,
  ) {}

  name(female: boolean, ethnicity: string): string {
    const rng = this.rng;
    const ethnic = ETHNIC_SURNAMES[ethnicity];
    const surname = ethnic && rng.chance(0.6) ? rng.pick(ethnic) : rng.weighted(SURNAMES);
    const pool = female ? FEMALE_GIVEN : MALE_GIVEN;
    const given = rng.chance(0.78) ? `${rng.pick(pool)}${rng.pick(pool)}` : rng.pick(pool);
    return `${surname}${given}`;
  }

  mobile(): string {
    for (;;) {
      const phone = `${this.rng.pick(MOBILE_PREFIXES)}${String(this.rng.int(0, 99_999_999)).padStart(8, "0")}`;
      if (this.phones.has(phone)) continue;
      this.phones.add(phone);
      return phone;
    }
  }

  landline(): string {
    return `${LANDLINE_AREA}-${this.rng.int(8_200_000, 8_399_999)}`;
  }

  // GB 11643: area code, birth date, a sequence whose last digit is odd for men, and the check char.
  idCard(areaCode: string, birthDate: string, female: boolean): string {
    for (;;) {
      const order = this.rng.int(0, 99) * 10 + this.rng.int(0, 4) * 2 + (female ? 0 : 1);
      const first17 = `${areaCode}${birthDate.replaceAll("-", "")}${String(order).padStart(3, "0")}`;
      const number = `${first17}${idCardCheckChar(first17)}`;
      if (this.idCards.has(number)) continue;
      this.idCards.add(number);
      return number;
    }
  }

  deputy(profile: Profile, township: Township): DeputyRow {
    const rng = this.rng;
    const female = rng.chance(FEMALE_SHARE[profile]);
    const ethnicity = ethnicityFor(rng, township);
    const [fromYear, toYear] = BIRTH_YEARS[profile];
    const birthDate = randomDay(rng, ymd(fromYear, 1, 1), ymd(toYear, 12, 31));
    const sector = rng.weighted(SECTORS[profile]);
    const [workUnit, jobTitle] = workFor(rng, sector, profile, workPlace(rng, township));
    const idCard = rng.chance(ID_CARD_SHARE) ? sealIdCard(this.key, this.idCard(township.county.originCode, birthDate, female)) : {};
    return {
      name: this.name(female, ethnicity),
      gender: female ? "female" : "male",
      ethnicity,
      birthDate,
      politicalAffiliation: rng.weighted(AFFILIATIONS[profile]),
      education: rng.weighted(educationTable(profile, sector)),
      occupationSector: sector,
      workUnit,
      jobTitle,
      phone: rng.chance(PHONE_SHARE) ? this.mobile() : null,
      ...idCard,
    };
  }
}
