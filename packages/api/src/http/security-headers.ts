// helmet's security headers, one configuration for the whole site: express runs `securityHeaders`; the
// handlers that bypass express (/graphql, /saved) replay the same headers (`fixedSecurityHeaders`).
import helmet from "helmet";
import type { Middleware } from "./graphql.js";

export const securityHeaders = helmet({
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      // MUI writes its styles into <style> elements
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:", "blob:"],
      fontSrc: ["'self'", "data:"],
      connectSrc: ["'self'"],
      upgradeInsecureRequests: null,
    },
  },
});

// A middleware that always sets the same headers (helmet): run once on a stand-in response, and its
// headers replayed on each answer, without running its code per request.
export function fixedHeaders(mw: Middleware): Middleware {
  const set: [string, string | number | readonly string[]][] = [];
  const removed: string[] = [];
  let called = false;
  const stand = {
    setHeader: (k: string, v: string | number | readonly string[]) => void set.push([k, v]),
    removeHeader: (k: string) => void removed.push(k),
    getHeader: () => undefined,
  };
  mw({ headers: {}, method: "POST", url: "/graphql" } as never, stand as never, (err) => {
    if (err) throw err;
    called = true;
  });
  if (!called) throw new Error("the middleware did not finish at once: its headers are not fixed");
  return (_req, res, next) => {
    for (const [k, v] of set) res.setHeader(k, v);
    for (const k of removed) res.removeHeader(k);
    next();
  };
}

export const fixedSecurityHeaders = fixedHeaders(securityHeaders);
