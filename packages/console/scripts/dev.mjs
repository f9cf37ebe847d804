// `pnpm dev`: the API with reload on change (port 4000, or API_PORT) and the console with Vite's hot
// reload (port 5173, or CONSOLE_PORT), which sends /graphql to the API. Ctrl-C stops both.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const apiPort = process.env.API_PORT ?? "4000";
const children = [
  spawn("pnpm", ["run", "dev:api"], { cwd: root, stdio: "inherit", env: { ...process.env, PORT: apiPort } }),
  spawn("pnpm", ["--filter", "@daibiao/console", "dev"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, DAIBIAO_API: `http://localhost:${apiPort}` },
  }),
];
const stop = () => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const c of children) c.on("exit", (code) => { stop(); process.exitCode = code ?? 0; });
