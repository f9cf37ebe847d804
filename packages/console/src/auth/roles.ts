// Who may do what in the console. The server decides (every operation is authorized there); this
// only hides the menus and buttons a role cannot use, following the API's rules: viewers read,
// editors also write, admins also manage users, API tokens and the audit log.
export type Role = "ADMIN" | "EDITOR" | "VIEWER" | "TOKEN";

// Resources only admins may even list.
export const adminResources = ["users", "apiTokens", "auditLogs", "savedQueries"];

// Lists of child rows and logs: read through their parent, never written in the console.
export const readOnlyResources = ["trainingAttendances", "activityParticipations", "proposalEvaluations", "auditLogs"];

const readActions = ["list", "show", "export", "access"];

export function canAccess(role: Role | undefined, action: string, resource: string): boolean {
  if (!role) return false;
  if (role === "ADMIN" && !(readOnlyResources.includes(resource) && !readActions.includes(action))) return true;
  if (adminResources.includes(resource)) return false;
  if (readActions.includes(action)) return true;
  if (readOnlyResources.includes(resource)) return false;
  return role === "EDITOR";
}
