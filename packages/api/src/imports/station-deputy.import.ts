// Importing who is stationed where (进站入室): the station or room by its name, the deputy by the
// ID-card number, the posting by (station, deputy, from date), the table's unique key.
import { stationDeputies, stations } from "@daibiao/db";
import { datesInOrder } from "../deputies/deputy.write.js";
import { stationDeputyFields } from "../stations/station.input.js";
import { column, date, enumOf } from "./import.columns.js";
import { linkImport } from "./link.import.js";

export const stationDeputyImport = linkImport({
  resource: "stationDeputies",
  recordType: "StationDeputy",
  zh: "进站代表",
  parent: { table: stations, title: stations.name, titleHeader: ["站点名称", "Station"], what: "联络站点" },
  link: { table: stationDeputies, parentKey: "stationId", defaults: { role: "member" }, matchBy: ["fromDate"] },
  columns: [
    column("role", "职务", "Role", stationDeputyFields.role, enumOf({ head: "站长", deputy_head: "副站长", member: "进站代表" }), { example: "进站代表", note: "空白为进站代表" }),
    column("fromDate", "进站日期", "From", stationDeputyFields.fromDate, date, { example: "2022-01-01", note: "与站点、代表一起确定一条进站记录" }),
    column("toDate", "离站日期", "To", stationDeputyFields.toDate, date, { example: "" }),
  ],
  check: (v) => (datesInOrder(v.fromDate, v.toDate, "").length ? [{ column: "toDate", code: "DATES_ORDER", reason: "离站日期不能早于进站日期" }] : []),
  example: { title: "七星关区市西街道代表联络站" },
});
