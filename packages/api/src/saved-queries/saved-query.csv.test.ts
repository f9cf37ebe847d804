// The CSV rule (README, "Saved queries") on hand-built answers.
import { expect, it } from "vitest";
import { firstList, toCsv } from "./saved-query.csv.js";

it("takes the first list, depth first in the query's order, and flattens its items into dotted columns", () => {
  const data = {
    total: { count: 3 },
    groups: [
      { key: { district: { name: "七星关区" }, kind: "STATION" }, count: 2, tags: ["a", "b"] },
      { key: { district: null, kind: "ROOM" }, count: 1, extra: "", tags: [] },
    ],
    later: [{ x: 1 }],
  };
  expect(firstList(data)).toBe(data.groups);
  expect(toCsv(data)).toBe(
    ["key.district.name,key.kind,count,tags,key.district,extra", '七星关区,STATION,2,"[""a"",""b""]",,', ",ROOM,1,[],,"].join("\r\n") + "\r\n",
  );
});

it("quotes what needs quoting, defuses formulas in text, keeps numbers and emoji as they are", () => {
  const csv = toCsv({ rows: [{ t: 'a,"b"\nc' }, { t: "=1+1" }, { t: -5 }, { t: "-5" }, { t: " 空格 " }, { t: "🏛️" }, { t: true }, { t: null }] });
  expect(csv.split("\r\n")).toEqual(["t", '"a,""b""\nc"', "'=1+1", "-5", "'-5", '" 空格 "', "🏛️", "true", "", ""]);
});

it("writes an answer without a list as one row, and an empty list as the header alone", () => {
  expect(toCsv({ a: { b: 1, c: "x" } })).toBe("a.b,a.c\r\n1,x\r\n");
  expect(toCsv({ rows: [] })).toBe("\r\n");
});
