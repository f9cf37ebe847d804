// Importing who attended a training: the training by its name and start date, the deputy by the
// ID-card number, the attendance by (training, deputy).
import { trainingAttendances, trainings } from "@daibiao/db";
import { trainingAttendanceFields } from "../trainings/training.input.js";
import { column, enumOf, number } from "./import.columns.js";
import { linkImport } from "./link.import.js";

export const trainingAttendanceImport = linkImport({
  resource: "trainingAttendances",
  recordType: "TrainingAttendance",
  zh: "参训记录",
  parent: { table: trainings, title: trainings.title, date: trainings.startDate, titleHeader: ["培训名称", "Training"], dateHeader: ["培训开始日期", "Training start date"], what: "培训" },
  link: { table: trainingAttendances, parentKey: "trainingId", defaults: { status: "enrolled" } },
  columns: [
    column("status", "参训状态", "Status", trainingAttendanceFields.status, enumOf({ enrolled: "已报名", attended: "已参训", on_leave: "请假", absent: "缺席" }), {
      example: "已参训",
      note: "空白为已报名",
    }),
    column("hours", "学时", "Hours", trainingAttendanceFields.hours, number, { example: 16 }),
  ],
  example: { title: "2024年代表履职能力提升培训班", date: "2024-05-20" },
});
