// The query explorer at /graphiql: GraphiQL bundled with the console (a second page of the same Vite
// build, so the console's own bundle does not carry its editor), talking to /graphql on the same
// origin. Signed-in users use their session cookie; token holders put `{"Authorization": "Bearer …"}`
// in the headers editor. Nothing is fetched from another host: the editor's workers are bundled too.
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "@fontsource/noto-sans-sc/400.css";
import { GraphiQL, type GraphiQLProps } from "graphiql";
import { createRoot } from "react-dom/client";
import readme from "../../../../README.md?raw";
import { examplesOf } from "./examples";

const fetcher: GraphiQLProps["fetcher"] = async (params, opts) => {
  const r = await fetch("/graphql", {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json", ...(opts?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return r.json();
};

const examples = examplesOf(readme);

createRoot(document.getElementById("root")!).render(
  <GraphiQL
      fetcher={fetcher}
      defaultTabs={examples.map((e) => ({ query: e.query }))}
      defaultEditorToolsVisibility={false}
      showPersistHeadersSettings={false}
    >
      <GraphiQL.Logo>
        <a href="/" style={{ color: "inherit", textDecoration: "none" }}>
          代表 · GraphQL
        </a>
      </GraphiQL.Logo>
    </GraphiQL>,
);
