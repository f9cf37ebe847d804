// Which proxies in front of daibiao to believe (DAIBIAO_TRUST_PROXY, read as express's "trust proxy":
// "true", "false", a hop count, or a list of addresses, subnets and names such as loopback; default
// loopback), and the caller's address and HTTPS-ness through them, by proxy-addr as express does.
import type http from "node:http";
import proxyaddr from "proxy-addr";

export type Trust = (address: string, hop: number) => boolean;

export function trustOf(setting: string): Trust {
  if (setting === "true") return () => true;
  if (setting === "false") return () => false;
  if (/^\d+$/.test(setting)) return (_a, hop) => hop < Number(setting);
  return proxyaddr.compile(setting.split(",").map((s) => s.trim()).filter(Boolean));
}

export function trustFromEnv(env: NodeJS.ProcessEnv = process.env): Trust {
  return trustOf(env.DAIBIAO_TRUST_PROXY ?? "loopback");
}

// The caller's address (X-Forwarded-For through the trusted proxies) and whether it came over HTTPS
// (X-Forwarded-Proto from a trusted proxy, else the socket), as express's req.ip and req.protocol;
// worked out only when asked (sign-in): parsing addresses costs a few per cent of a small query.
export function addressOf(req: http.IncomingMessage, trust: Trust): { address: () => string; secure: () => boolean } {
  return {
    address: () => proxyaddr(req, trust),
    secure: () => {
      const forwardedProto = String(req.headers["x-forwarded-proto"] ?? "").split(",")[0]!.trim();
      const direct = (req.socket as { encrypted?: boolean }).encrypted ? "https" : "http";
      return (trust(req.socket.remoteAddress ?? "", 0) && forwardedProto ? forwardedProto : direct) === "https";
    },
  };
}
