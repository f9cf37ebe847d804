// The fixed calendar the demo data lives in. The data set is a snapshot taken on SEED_TODAY: nothing is
// dated after it except trainings that deputies have only enrolled in, and the small batch of open
// proposals dated from the day the seed runs (CURRENT in proposals.ts), so that some are overdue or due soon.
export const SEED_TODAY = "2025-05-15";

// The 3rd Bijie municipal congress (市第三届人民代表大会) and its yearly sessions.
export const CITY_TERM = 3;
export const CITY_TERM_START = "2021-09-18";
export const CITY_PREVIOUS_TERM_START = "2016-09-20";
export const CITY_SESSIONS = {
  3: { opens: "2023-01-09", closes: "2023-01-12", assigned: "2023-02-24" },
  4: { opens: "2024-01-08", closes: "2024-01-11", assigned: "2024-02-27" },
  5: { opens: "2025-01-07", closes: "2025-01-10", assigned: "2025-02-25" },
} as const;
export type CitySession = keyof typeof CITY_SESSIONS;

// County and township congresses were elected in the same round, a few months earlier.
export const COUNTY_TERM_START = { from: "2021-07-05", to: "2021-07-20" };
export const COUNTY_PREVIOUS_TERM_START = { from: "2016-07-05", to: "2016-07-20" };
export const TOWNSHIP_TERM = 18;
export const TOWNSHIP_TERM_START = { from: "2021-06-08", to: "2021-06-30" };
export const TOWNSHIP_PREVIOUS_TERM_START = { from: "2016-06-08", to: "2016-06-30" };

// The 14th Guizhou provincial congress and the 14th National People's Congress.
export const PROVINCIAL_TERM = 14;
export const PROVINCIAL_TERM_START = "2023-01-14";
export const PROVINCIAL_PREVIOUS_TERM_START = "2018-01-25";
export const NATIONAL_TERM = 14;
export const NATIONAL_TERM_START = "2023-03-05";
export const NATIONAL_PREVIOUS_TERM_START = "2018-03-05";

// The deadlines of proposal handling are the settings' defaults (the `settings` table in schema.ts).
