// Sign-in for the console: `signIn(username, password)` sets an HTTP-only session cookie, `me` says
// who is signed in, `signOut` ends the session. Data calls answered UNAUTHENTICATED (a session that
// expired or was ended elsewhere) send the user back to the sign-in page.
import type { AuthProvider } from "ra-core";
import { i18nProvider } from "../i18n";
import { canAccess, type Role } from "./roles";

export type Me = { id: string; name: string; displayName?: string | null; role: Role };

type GqlResponse<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string; retryAfter?: number } }[] };

async function post<T>(uri: string, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<T>> {
  const res = await fetch(uri, {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  if (!res.headers.get("content-type")?.includes("json")) throw new Error(i18nProvider.translate("errors.network", { status: res.status }));
  return (await res.json()) as GqlResponse<T>;
}

// The codes a data call fails with when the session is gone, or the role may not do it.
export const isUnauthenticated = (error: unknown) => {
  const e = error as { status?: number; body?: { code?: string } } | undefined;
  return e?.status === 401 || e?.body?.code === "UNAUTHENTICATED";
};

export function createAuthProvider(uri = "/graphql"): AuthProvider & { me: () => Promise<Me | null> } {
  // Who is signed in, asked once per page load (and again after sign-in or sign-out).
  let current: Promise<Me | null> | undefined;
  const me = () => {
    current ??= post<{ me: Me | null }>(uri, "query Me { me { id name displayName role } }")
      .then((r) => r.data?.me ?? null)
      .catch((e) => {
        current = undefined;
        throw e;
      });
    return current;
  };

  return {
    me,
    async login({ username, password }: { username: string; password: string }) {
      const r = await post<{ signIn: { me: Me } }>(
        uri,
        "mutation SignIn($username: String!, $password: String!) { signIn(username: $username, password: $password) { me { id name displayName role } } }",
        { username: String(username ?? "").trim(), password: String(password ?? "") },
      );
      const error = r.errors?.[0];
      if (error || !r.data?.signIn) {
        const code = error?.extensions?.code;
        const key = code === "TOO_MANY_REQUESTS" ? "app.auth.throttled" : code === "UNAUTHENTICATED" ? "app.auth.wrong_password" : "app.auth.failed";
        throw new Error(i18nProvider.translate(key, { seconds: error?.extensions?.retryAfter ?? "" }));
      }
      current = Promise.resolve(r.data.signIn.me);
      return { redirectTo: "/" };
    },
    async logout() {
      current = undefined;
      await post(uri, "mutation SignOut { signOut }").catch(() => undefined);
      current = Promise.resolve(null);
      return "/login";
    },
    async checkAuth() {
      const who = await me().catch(() => null);
      if (!who) {
        current = undefined;
        throw { redirectTo: "/login", message: false };
      }
    },
    async checkError(error) {
      if (isUnauthenticated(error)) {
        current = undefined;
        throw { redirectTo: "/login", message: "app.auth.expired" };
      }
      // FORBIDDEN and everything else: the notice says what happened; the user stays signed in.
    },
    async getIdentity() {
      const who = await me();
      if (!who) throw new Error("not signed in");
      // The user's name as they sign in: the one the audit log and the users page show.
      return { id: who.id, fullName: who.name, displayName: who.displayName, role: who.role };
    },
    async getPermissions() {
      return (await me().catch(() => null))?.role;
    },
    async canAccess({ action, resource }) {
      const who = await me().catch(() => null);
      return canAccess(who?.role, action, resource);
    },
  };
}
