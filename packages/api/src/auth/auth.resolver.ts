// Sign-in with user name and password; the session lives in an HTTP-only, SameSite cookie.
import { sessions, users } from "@daibiao/db";
import { eq, sql } from "drizzle-orm";
import { GraphQLBoolean, GraphQLError } from "graphql";
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { writeAudit } from "../audit-logs/audit.js";
import type { Context } from "../context.js";
import { sessionCookie, signedOutCookie } from "../http/cookies.js";
import { checkPassword, clearFailures, newSecret, recordFailure, SESSION_DAYS, sha256, throttled } from "./auth.sessions.js";

@ObjectType({ description: "The signed-in user, or the API token in use." })
export class Me {
  @Field(() => ID) id!: number;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) displayName!: string | null;
  @Field(() => String, { description: "ADMIN, EDITOR, VIEWER or TOKEN" }) role!: string;
}

@ObjectType()
export class SignInResult {
  @Field(() => Me) me!: Me;
}


@Resolver()
export class AuthResolver {
  @Query(() => Me, { nullable: true, description: "who is asking; null when nobody is signed in" })
  me(@Ctx() ctx: Context): Me | null {
    return ctx.viewer ? { id: ctx.viewer.id, name: ctx.viewer.name, displayName: ctx.viewer.displayName ?? null, role: ctx.viewer.role } : null;
  }

  @Mutation(() => SignInResult, { description: "sets the session cookie; refused for a while after repeated failures" })
  async signIn(@Arg("username", () => String) username: string, @Arg("password", () => String) password: string, @Ctx() ctx: Context): Promise<SignInResult> {
    const wait = await throttled(ctx.db, username, ctx.address);
    if (wait) {
      throw new GraphQLError(`Too many failed sign-ins; try again in ${wait} s`, { extensions: { code: "TOO_MANY_REQUESTS", retryAfter: wait } });
    }
    const user = await checkPassword(ctx.db, username.slice(0, 100), password.slice(0, 1000));
    if (!user) {
      await recordFailure(ctx.db, username, ctx.address);
      throw new GraphQLError("Wrong user name or password", { extensions: { code: "UNAUTHENTICATED", field: "password" } });
    }
    await clearFailures(ctx.db, username);
    const token = newSecret("dbs");
    const expires = new Date(Date.now() + SESSION_DAYS * 86_400_000);
    await ctx.db.transaction(async (tx) => {
      await tx.insert(sessions).values({ tokenHash: sha256(token), userId: user.id, expiresAt: expires });
      await tx.update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, user.id));
      await tx.delete(sessions).where(sql`${sessions.expiresAt} < now()`);
      await writeAudit(tx, { viewer: { kind: "user", id: user.id, name: user.username, role: "VIEWER" } }, [
        { operation: "sign_in", recordType: "User", recordId: user.id },
      ]);
    });
    ctx.setCookie?.(sessionCookie(token, expires, ctx.secure ?? false));
    return { me: { id: user.id, name: user.username, displayName: user.displayName, role: user.role.toUpperCase() } };
  }

  @Mutation(() => GraphQLBoolean, { description: "ends this session" })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    const token = ctx.sessionToken;
    if (token) {
      await ctx.db.transaction(async (tx) => {
        await tx.delete(sessions).where(eq(sessions.tokenHash, sha256(token)));
        if (ctx.viewer?.kind === "user") await writeAudit(tx, ctx, [{ operation: "sign_out", recordType: "User", recordId: ctx.viewer.id }]);
      });
    }
    ctx.setCookie?.(signedOutCookie());
    return true;
  }
}
