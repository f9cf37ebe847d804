import { auditLogs, type AuditLog as AuditLogRow } from "@daibiao/db";
import { DateTimeResolver, JSONObjectResolver } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { ADMIN } from "../auth/roles.js";
import { listResolver } from "../grammar/crud.js";
import { columnsOf, fieldsOf, type TableSpec } from "../grammar/resource.js";

export const auditLogSpec: TableSpec = {
  name: "AuditLog",
  table: auditLogs,
  id: auditLogs.id,
  stored: ["id", "at", "userId", "actor", "operation", "recordType", "recordId", "before", "after"],
  filters: fieldsOf(auditLogs, ["id", "at", "userId", "actor", "operation", "recordType", "recordId"]),
  orderBy: columnsOf(auditLogs, ["id", "at"]),
  defaultOrder: ["at:desc", "id:desc"],
};

@ObjectType({ description: "One change: who, when, which operation on which record, the values before and after." })
export class AuditLog implements Omit<AuditLogRow, "before" | "after"> {
  @Field(() => ID) id!: number;
  @Field(() => DateTimeResolver) at!: Date;
  @Field(() => ID, { nullable: true }) userId!: number | null;
  @Field(() => String) actor!: string;
  @Field(() => String, { description: "create, update, delete, sign_in, sign_out, revoke, …" }) operation!: string;
  @Field(() => String, { description: "the GraphQL type of the record, e.g. Deputy" }) recordType!: string;
  @Field(() => ID, { nullable: true }) recordId!: string | null;
  @Field(() => JSONObjectResolver, { nullable: true, description: "personal data masked" }) before!: unknown;
  @Field(() => JSONObjectResolver, { nullable: true, description: "personal data masked" }) after!: unknown;
}

export const AuditLogList = listResolver({ spec: auditLogSpec, node: AuditLog, plural: "auditLogs", roles: ADMIN });
