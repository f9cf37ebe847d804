import { Resolver } from "type-graphql";
import { ADMIN } from "../auth/roles.js";
import { resourceResolver } from "../grammar/crud.js";
import { userSpec } from "./user.table.js";
import { CreateUserInput, UpdateUserInput } from "./user.input.js";
import { userWrite } from "./user.write.js";
import { User } from "./user.type.js";

// Users are the admins' business only.
@Resolver(() => User)
export class UserResolver extends resourceResolver({
  spec: userSpec,
  node: User,
  singular: "user",
  plural: "users",
  write: userWrite,
  inputs: { Create: CreateUserInput, Update: UpdateUserInput },
  read: ADMIN,
  writers: ADMIN,
}) {}
