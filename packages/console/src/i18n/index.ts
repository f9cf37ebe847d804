// Simplified Chinese by default, English to switch to (react-admin shows its language menu when more
// than one locale is offered and remembers the choice).
import polyglotI18nProvider from "ra-i18n-polyglot";
import englishMessages from "ra-language-english";
import { dutyEn } from "./duty.en";
import { dutyZh } from "./duty.zh";
import { en } from "./en";
import { importEn } from "./import.en";
import { importZh } from "./import.zh";
import { raChinese } from "./ra-zh";
import { zh } from "./zh";

export const messages = {
  zh: { ...raChinese, ...zh, duty: dutyZh, import: importZh },
  en: { ...englishMessages, ...en, duty: dutyEn, import: importEn },
};

export type Locale = keyof typeof messages;

export const i18nProvider = polyglotI18nProvider(
  (locale) => messages[(locale as Locale) in messages ? (locale as Locale) : "zh"],
  "zh",
  [
    { locale: "zh", name: "简体中文" },
    { locale: "en", name: "English" },
  ],
  { allowMissing: true },
);
