// Who may do what. A signed-in user has a role; an API token reads like a viewer.
export type Role = "ADMIN" | "EDITOR" | "VIEWER" | "TOKEN";

export const READ: Role[] = ["ADMIN", "EDITOR", "VIEWER", "TOKEN"];
export const WRITE: Role[] = ["ADMIN", "EDITOR"];
export const ADMIN: Role[] = ["ADMIN"];

// savedQueriesOnly: a token for a public screen, which may only run saved queries (GET /saved/<name>)
export type Viewer = { kind: "user" | "token"; id: number; name: string; role: Role; displayName?: string | null; savedQueriesOnly?: boolean };

// Phone and ID-card numbers in full: admins and editors only.
export const seesPersonalData = (viewer: Viewer | null) => viewer?.role === "ADMIN" || viewer?.role === "EDITOR";
