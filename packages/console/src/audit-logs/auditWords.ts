// What the audit log's operations and record types are called, and where a record of each type is shown.
import { resourceByType } from "../dataProvider/resources";

export const auditOperations = [
  "create",
  "update",
  "delete",
  "sign_in",
  "sign_out",
  "revoke",
  "submit",
  "accept",
  "reject",
  "merge",
  "withdraw",
  "assign",
  "return",
  "extend",
  "start_handling",
  "opinion",
  "answer",
  "evaluate",
  "rehandle",
  "close",
  "import",
];

// Child rows are written through their parent; their history entries link to the parent's page.
const parentOf: Record<string, [string, string]> = {
  DeputyMandate: ["deputies", "deputyId"],
  TrainingAttendance: ["trainings", "trainingId"],
  StationDeputy: ["stations", "stationId"],
  ProposalCosigner: ["proposals", "proposalId"],
  ProposalAssignment: ["proposals", "proposalId"],
  ProposalEvaluation: ["proposals", "proposalId"],
  ActivityParticipation: ["activities", "activityId"],
};

export const auditRecordTypes = [
  "Deputy",
  "DeputyMandate",
  "Training",
  "TrainingAttendance",
  "Station",
  "StationDeputy",
  "Proposal",
  "ProposalCosigner",
  "ProposalAssignment",
  "ProposalEvaluation",
  "Activity",
  "ActivityParticipation",
  "HandlingUnit",
  "District",
  "User",
  "ApiToken",
  "SavedQuery",
  "Settings",
];

type Row = { recordType: string; recordId?: string | null; operation: string; before?: Record<string, unknown> | null; after?: Record<string, unknown> | null };

// The console page of the record an entry is about (or of its parent), unless it was deleted.
export function recordPage(row: Row): string | undefined {
  const resource = resourceByType.get(row.recordType);
  if (resource && row.recordId && row.operation !== "delete") {
    // Users are edited, not shown; tokens have only their list.
    if (resource === "users") return `/users/${row.recordId}`;
    return resource === "apiTokens" ? "/apiTokens" : `/${resource}/${row.recordId}/show`;
  }
  const parent = parentOf[row.recordType];
  const values = row.after ?? row.before;
  const parentId = parent && values ? values[parent[1]] : undefined;
  return parent && parentId != null ? `/${parent[0]}/${parentId}/show` : undefined;
}

// The resource whose field names label an entry's values.
export const resourceOfType = (type: string) => resourceByType.get(type) ?? parentOf[type]?.[0];
