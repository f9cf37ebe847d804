// The console's words for the API's enums: every value of the schema, in both languages.
import { describe, expect, it } from "vitest";
import { enums } from "../common/enums";
import { messages } from "../i18n";
import { schema } from "./fixtures";

describe("console words match the schema", () => {
  it("has every enum value of the API, in both languages", () => {
    for (const [name, values] of Object.entries(enums)) {
      const t = schema.getType(name) as { getValues?: () => { name: string }[] } | undefined;
      expect(t?.getValues, name).toBeTypeOf("function");
      expect([...values].sort(), name).toEqual(t!.getValues!().map((v) => v.name).sort());
      for (const v of values) {
        for (const lang of ["zh", "en"] as const) {
          expect((messages[lang].enums as Record<string, Record<string, string>>)[name]?.[v], `${lang} ${name}.${v}`).toBeTruthy();
        }
      }
    }
  });
});
