// The console's resources and the GraphQL names they map to. A react-admin resource is named after
// its list query (`deputies`, `handlingUnits`), so URL, folder and API agree.
//
// A selection names the related objects to fetch besides the scalar fields (taken from the schema by
// introspection): `{ mandates: { district: {} } }` = every scalar of Deputy, its mandates' scalars,
// and each mandate's district's scalars.
export type Selection = { [field: string]: Selection };

export type ResourceConfig = {
  type: string;
  list: Selection;
  one: Selection;
  // Turns a fetched record into the shape the forms edit (e.g. co-signers as a list of ids).
  derive?: (record: Record<string, unknown>) => Record<string, unknown>;
  // The operations besides the list, when not all of the grammar's: child rows and logs are
  // read-only lists (one record is then read through the list, by id).
  ops?: Operation[];
};

export type Operation = "one" | "create" | "update" | "delete" | "deleteMany";
const readOnly: Operation[] = [];

const deputyRef = { deputy: {} };

export const resources: Record<string, ResourceConfig> = {
  districts: {
    type: "District",
    list: { parent: {} },
    one: { parent: {}, children: {} },
  },
  deputies: {
    type: "Deputy",
    list: { mandates: { district: {} } },
    one: {
      mandates: { district: {} },
      trainings: { training: {} },
      stations: { station: {} },
      activities: { activity: {} },
    },
  },
  trainings: {
    type: "Training",
    list: {},
    one: { attendances: deputyRef },
  },
  stations: {
    type: "Station",
    list: { district: {}, township: {}, parent: {} },
    one: { district: {}, township: {}, parent: {}, deputies: deputyRef, rooms: {} },
  },
  handlingUnits: {
    type: "HandlingUnit",
    list: {},
    one: {},
  },
  proposals: {
    type: "Proposal",
    list: { leadDeputy: {}, assignments: { unit: {} } },
    one: {
      leadDeputy: {},
      cosigners: deputyRef,
      assignments: { unit: {} },
      evaluations: deputyRef,
      events: {},
    },
    derive: (r) => ({
      ...r,
      cosignerIds: Array.isArray(r.cosigners) ? (r.cosigners as { deputyId: string }[]).map((c) => c.deputyId) : undefined,
    }),
  },
  activities: {
    type: "Activity",
    list: { district: {}, station: {}, group: {}, measure: {} },
    one: { district: {}, station: {}, group: {}, measure: {}, participations: deputyRef },
  },
  // deputies' work (issue 14)
  committees: {
    type: "Committee",
    list: {},
    one: {},
  },
  measures: {
    type: "Measure",
    list: { committee: {} },
    one: { committee: {} },
  },
  deputyGroups: {
    type: "DeputyGroup",
    list: { district: {} },
    one: { district: {}, members: deputyRef },
  },
  contacts: {
    type: "Contact",
    list: { committee: {}, deputies: deputyRef },
    one: { committee: {}, deputies: deputyRef, opinions: { deputy: {} } },
  },
  meetings: {
    type: "Meeting",
    list: { attendees: {} },
    one: { attendees: deputyRef, opinions: { deputy: {} } },
  },
  // receptions of constituents and the opinions raised there (issue 14)
  receptions: {
    type: "Reception",
    list: { station: {}, district: {} },
    one: { station: {}, district: {}, deputies: deputyRef, opinions: {} },
  },
  opinions: {
    type: "Opinion",
    list: { unit: {} },
    one: { unit: {}, deputy: {}, proposal: {}, reception: { station: {}, deputies: {} } },
  },
  // The rows behind the person-times and persons of the dashboard and the yearly review.
  trainingAttendances: {
    type: "TrainingAttendance",
    list: { deputy: {}, training: {} },
    one: { deputy: {}, training: {} },
    ops: readOnly,
  },
  activityParticipations: {
    type: "ActivityParticipation",
    list: { deputy: {}, activity: {} },
    one: { deputy: {}, activity: {} },
    ops: readOnly,
  },
  proposalEvaluations: {
    type: "ProposalEvaluation",
    list: { deputy: {}, proposal: {} },
    one: { deputy: {}, proposal: {} },
    ops: readOnly,
  },
  // Administration (admins only, on the server as here).
  users: {
    type: "User",
    list: {},
    one: {},
    ops: ["one", "create", "update"],
  },
  apiTokens: {
    type: "ApiToken",
    list: {},
    one: {},
    ops: readOnly,
  },
  auditLogs: {
    type: "AuditLog",
    list: {},
    one: {},
    ops: readOnly,
  },
  // queries saved for dashboards, run by GET /saved/<name> (issue 15)
  savedQueries: {
    type: "SavedQuery",
    list: {},
    one: {},
  },
};

const lcfirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const ucfirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const resourceByType = new Map(Object.entries(resources).map(([name, r]) => [r.type, name]));

// The operations of a resource, following the API's grammar; undefined where it has none.
export function operationsOf(resource: string): { list: string } & Partial<Record<Operation, string>> {
  const r = resources[resource];
  if (!r) throw new Error(`unknown resource ${resource}`);
  const all: Record<Operation, string> = {
    one: lcfirst(r.type),
    create: `create${r.type}`,
    update: `update${r.type}`,
    delete: `delete${r.type}`,
    deleteMany: `delete${ucfirst(resource)}`,
  };
  const has = r.ops ?? (Object.keys(all) as Operation[]);
  return { list: resource, ...Object.fromEntries(has.map((op) => [op, all[op]])) };
}
