import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { WRITE } from "../auth/roles.js";
import type { Context } from "../context.js";
import { activityParticipationImport } from "./activity-participation.import.js";
import { deputyImport } from "./deputy.import.js";
import { receptionImport } from "./reception.import.js";
import { stationDeputyImport } from "./station-deputy.import.js";
import { stationImport } from "./station.import.js";
import { trainingAttendanceImport } from "./training-attendance.import.js";
import { importFile, template, type Importer } from "./import.engine.js";
import { ImportReport, ImportResource, ImportTemplate } from "./import.type.js";

export const importers: Record<ImportResource, Importer> = {
  [ImportResource.DEPUTIES]: deputyImport,
  [ImportResource.STATIONS]: stationImport,
  [ImportResource.STATION_DEPUTIES]: stationDeputyImport,
  [ImportResource.TRAINING_ATTENDANCES]: trainingAttendanceImport,
  [ImportResource.ACTIVITY_PARTICIPATIONS]: activityParticipationImport,
  [ImportResource.RECEPTIONS]: receptionImport,
};

// Made once per process: a template depends on the code only (and the same bytes each time it is asked).
const templates = new Map<ImportResource, Promise<Buffer>>();

@Resolver()
export class ImportResolver {
  // Only those who may edit the records may import them.
  @Authorized(WRITE)
  @Mutation(() => ImportReport, {
    description:
      "Imports an .xlsx file (base64, at most 3 MB): commit false is a dry run that writes nothing; commit true writes every row in one transaction, or nothing when a row is refused",
  })
  async importRecords(
    @Arg("resource", () => ImportResource) resource: ImportResource,
    @Arg("fileName", () => String) fileName: string,
    @Arg("file", () => String, { description: "the .xlsx file, base64" }) file: string,
    @Arg("commit", () => Boolean, { defaultValue: false }) commit: boolean,
    @Ctx() ctx: Context,
  ): Promise<ImportReport> {
    const name = fileName.trim().slice(0, 255) || "import.xlsx";
    return (await importFile(ctx, importers[resource], { file, fileName: name, commit })) as ImportReport;
  }

  @Authorized(WRITE)
  @Query(() => ImportTemplate, { description: "the .xlsx template of an import: the headers, an example row and notes" })
  async importTemplate(@Arg("resource", () => ImportResource) resource: ImportResource): Promise<ImportTemplate> {
    if (!templates.has(resource)) templates.set(resource, template(importers[resource]));
    const buf = await templates.get(resource)!;
    return { fileName: `导入模板-${importers[resource].zh}.xlsx`, file: buf.toString("base64") };
  }
}
