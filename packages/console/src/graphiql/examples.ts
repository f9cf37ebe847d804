// The explorer's preloaded tabs are README's example queries (the ```graphql blocks of "The GraphQL
// API", which test/api/readme.test.ts runs), read from README itself at build time: one source.
// Each becomes a named operation (GraphiQL titles a tab by it) under a comment with README's words.

export type Example = { title: string; query: string };

// "City deputies of 七星关区, by name, …" → CityDeputiesOf: up to four words before the first comma
function operationName(title: string, i: number): string {
  const words = title.split(",")[0]!.replace(/['’]/g, "").match(/[A-Za-z0-9]+/g) ?? [];
  const name = words.slice(0, 4).map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
  return /^[A-Za-z]/.test(name) ? name : `Example${i + 1}${name}`;
}

export function examplesOf(readme: string): Example[] {
  const out: Example[] = [];
  const re = /```graphql\n([\s\S]*?)```/g;
  for (let m = re.exec(readme); m; m = re.exec(readme)) {
    // the paragraph just before the block, without its closing colon
    const before = readme.slice(0, m.index).trimEnd().split(/\n\s*\n/).pop() ?? "";
    const title = before.replace(/\s+/g, " ").replace(/:$/, "").trim();
    const body = m[1]!.trim();
    const named = body.startsWith("{") ? `query ${operationName(title, out.length)} ${body}` : body;
    out.push({ title, query: `# ${title}\n${named}\n` });
  }
  return out;
}
