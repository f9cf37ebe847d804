// The console: built into dist/ (served by the API on its own port) or run by `pnpm dev` with hot
// reload, sending /graphql to an API started separately (DAIBIAO_API, default http://localhost:4000).
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  server: {
    port: Number(process.env.CONSOLE_PORT ?? 5173),
    proxy: { "/graphql": { target: process.env.DAIBIAO_API ?? "http://localhost:4000", changeOrigin: true } },
  },
  build: {
    outDir: "dist",
    // Not emptied: a running server (e.g. another browser test's) keeps its files while a build replaces
    // them; assets are content-hashed, so old ones only linger.
    emptyOutDir: false,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      // the console, and the query explorer (/graphiql) as a page of its own: its editor stays out of
      // the console's bundle
      input: { main: "index.html", graphiql: "graphiql.html" },
      onwarn(warning, warn) {
        // MUI's "use client" directives mean nothing in a client-only bundle.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
  },
});
