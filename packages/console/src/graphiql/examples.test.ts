// The explorer's tabs are README's examples (test/api/readme.test.ts runs those on the demo data): the
// same count, README's words as titles, each a valid named query with the README's selection.
import { readFileSync } from "node:fs";
import { Kind, parse, print, type OperationDefinitionNode } from "graphql";
import { expect, it } from "vitest";
import { examplesOf } from "./examples";

const readme = readFileSync(new URL("../../../../README.md", import.meta.url), "utf8");

it("makes one named tab per README example, with its title and query", () => {
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const examples = examplesOf(readme);
  expect(examples.length).toBe(blocks.length);
  expect(examples.length).toBeGreaterThanOrEqual(5);
  const names = new Set<string>();
  examples.forEach((e, i) => {
    expect(e.title).not.toBe("");
    expect(e.title).not.toMatch(/:$|```/);
    expect(readme).toContain(e.title.split(" ").slice(0, 3).join(" "));
    const op = parse(e.query).definitions[0] as OperationDefinitionNode;
    expect(op.kind).toBe(Kind.OPERATION_DEFINITION);
    expect(op.name?.value).toMatch(/^[A-Z][A-Za-z0-9]*$/);
    names.add(op.name!.value);
    // the same selection as README's block
    const original = parse(blocks[i]!).definitions[0] as OperationDefinitionNode;
    expect(print(op.selectionSet)).toBe(print(original.selectionSet));
  });
  expect(names.size).toBe(examples.length);
  expect(examples[0]!.title).toMatch(/七星关区/);
});
