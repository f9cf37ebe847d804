// API tokens for BI tools and dashboards: read-only, personal data masked, named, revocable; the
// secret is shown once, when the token is made, and stored only as a SHA-256 hash.
import { apiTokens, type ApiToken as ApiTokenRow } from "@daibiao/db";
import { and, eq, isNull, sql } from "drizzle-orm";
import { DateTimeResolver } from "graphql-scalars";
import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Resolver } from "type-graphql";
import { writeAudit } from "../audit-logs/audit.js";
import { forgetToken, newSecret, sha256, TOKEN_REVOKED_CHANNEL } from "../auth/auth.sessions.js";
import { ADMIN } from "../auth/roles.js";
import type { Context } from "../context.js";
import { listResolver } from "../grammar/crud.js";
import { badInput, notFound, parseId } from "../grammar/errors.js";
import { apiTokenSpec } from "./api-token.table.js";

@ObjectType({ description: "A read-only token for BI tools, sent as `Authorization: Bearer …`." })
export class ApiToken implements Omit<ApiTokenRow, "tokenHash" | "createdById"> {
  @Field(() => ID) id!: number;
  @Field(() => String) name!: string;
  @Field(() => String, { description: "the first characters of the token, to tell tokens apart" }) prefix!: string;
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => DateTimeResolver, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => DateTimeResolver, { nullable: true }) revokedAt!: Date | null;
  @Field(() => Boolean, { description: "a token for a public screen: it may only run saved queries (GET /saved/<name>), not POST /graphql" })
  savedQueriesOnly!: boolean;
}

@ObjectType()
export class NewApiToken {
  @Field(() => String, { description: "the secret: shown only now" }) token!: string;
  @Field(() => ApiToken) apiToken!: ApiTokenRow;
}

export const ApiTokenList = listResolver({ spec: apiTokenSpec, node: ApiToken, plural: "apiTokens", roles: ADMIN });

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Authorized(ADMIN)
  @Mutation(() => NewApiToken)
  async createApiToken(
    @Arg("name", () => String) name: string,
    @Arg("savedQueriesOnly", () => Boolean, { defaultValue: false, description: "only saved queries may run with it (public screens)" }) savedQueriesOnly: boolean,
    @Ctx() ctx: Context,
  ): Promise<NewApiToken> {
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 100) throw badInput([{ field: "name", message: "must be 1 to 100 characters" }]);
    const token = newSecret("dbt");
    return ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(apiTokens)
        .values({ name: trimmed, tokenHash: sha256(token), prefix: token.slice(0, 8), savedQueriesOnly, createdById: ctx.viewer?.kind === "user" ? ctx.viewer.id : null })
        .returning();
      await writeAudit(tx, ctx, [{ operation: "create", recordType: "ApiToken", recordId: row!.id, after: row }]);
      return { token, apiToken: row! };
    });
  }

  @Authorized(ADMIN)
  @Mutation(() => ApiToken, { description: "the token stops working at once" })
  async revokeApiToken(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<ApiTokenRow> {
    const tokenId = parseId(id, "id");
    const row = await ctx.db.transaction(async (tx) => {
      const [before] = await tx.select().from(apiTokens).where(eq(apiTokens.id, tokenId));
      if (!before) throw notFound("ApiToken", tokenId);
      const [after] = await tx
        .update(apiTokens)
        .set({ revokedAt: sql`coalesce(${apiTokens.revokedAt}, now())` })
        .where(and(eq(apiTokens.id, tokenId), isNull(apiTokens.revokedAt)))
        .returning();
      if (after) {
        await writeAudit(tx, ctx, [{ operation: "revoke", recordType: "ApiToken", recordId: tokenId, before, after }]);
        // the other API processes forget it when this commits
        await tx.execute(sql`select pg_notify(${TOKEN_REVOKED_CHANNEL}, ${String(tokenId)})`);
      }
      return after ?? before;
    });
    forgetToken(tokenId);
    return row;
  }
}
