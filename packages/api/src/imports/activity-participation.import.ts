// Importing who took part in a duty activity: the activity by its title and date, the deputy by the
// ID-card number, the participation by (activity, deputy).
import { activities, activityParticipations } from "@daibiao/db";
import { activityParticipationFields } from "../activities/activity.input.js";
import { column, enumOf } from "./import.columns.js";
import { linkImport } from "./link.import.js";

export const activityParticipationImport = linkImport({
  resource: "activityParticipations",
  recordType: "ActivityParticipation",
  zh: "履职活动参加记录",
  parent: { table: activities, title: activities.title, date: activities.date, titleHeader: ["活动名称", "Activity"], dateHeader: ["活动日期", "Activity date"], what: "履职活动" },
  link: { table: activityParticipations, parentKey: "activityId", defaults: { role: "participant" } },
  columns: [
    column("role", "角色", "Role", activityParticipationFields.role, enumOf({ leader: "带队", participant: "参加" }), { example: "参加", note: "空白为参加" }),
  ],
  example: { title: "《毕节市城市绿化条例》立法调研", date: "2024-06-12" },
});
