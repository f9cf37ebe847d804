import { Resolver } from "type-graphql";
import { ADMIN } from "../auth/roles.js";
import { resourceResolver } from "../grammar/crud.js";
import { savedQuerySpec } from "./saved-query.table.js";
import { CreateSavedQueryInput, UpdateSavedQueryInput } from "./saved-query.input.js";
import { savedQueryWrite } from "./saved-query.write.js";
import { SavedQuery } from "./saved-query.type.js";

// Admins save the queries; anyone signed in or holding a token runs them over HTTP (saved-query.http.ts)
// with their own role, so reading the list is admins' too.
@Resolver(() => SavedQuery)
export class SavedQueryResolver extends resourceResolver({
  spec: savedQuerySpec,
  node: SavedQuery,
  singular: "savedQuery",
  plural: "savedQueries",
  write: savedQueryWrite,
  inputs: { Create: CreateSavedQueryInput, Update: UpdateSavedQueryInput },
  read: ADMIN,
  writers: ADMIN,
}) {}
