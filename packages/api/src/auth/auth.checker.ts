import { GraphQLError } from "graphql";
import type { AuthChecker } from "type-graphql";
import type { Context } from "../context.js";
import type { Role } from "./roles.js";

// The one auth checker: no session or token is UNAUTHENTICATED, the wrong role FORBIDDEN.
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.viewer) throw new GraphQLError("Sign in first", { extensions: { code: "UNAUTHENTICATED" } });
  if (roles.length && !roles.includes(context.viewer.role)) {
    throw new GraphQLError("Your role may not do this", { extensions: { code: "FORBIDDEN" } });
  }
  return true;
};
