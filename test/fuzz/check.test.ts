// The fuzzer's checks can fail: each kind of bad answer is caught, and a good one passes.
import { describe, expect, it } from "vitest";
import { logProblems, problems, type Answer } from "./check.js";

const phone = "13812345678";
const idCard = "52240119800101123X";
const answer = (status: number, json: Answer["json"]): Answer => ({ status, text: JSON.stringify(json), json });

describe("the fuzzer's checks", () => {
  it("pass a good answer and a coded refusal", () => {
    expect(problems("viewer", answer(200, { data: { deputy: { phone: "138****5678" } } }), [phone, idCard])).toEqual([]);
    expect(problems("anonymous", answer(401, { errors: [{ message: "Sign in first", extensions: { code: "UNAUTHENTICATED" } }] }), [phone])).toEqual([]);
    // an editor sees the numbers in data
    expect(problems("editor", answer(200, { data: { deputy: { phone, idCard } } }), [phone, idCard])).toEqual([]);
  });

  it("catch a 5xx, an answer that is not JSON, an uncoded or internal error", () => {
    expect(problems("admin", answer(503, { errors: [{ message: "busy", extensions: { code: "SERVICE_UNAVAILABLE" } }] }), [])).toEqual(["HTTP 503"]);
    expect(problems("admin", { status: 200, text: "<html>" }, [])).toEqual(["the answer is not JSON"]);
    expect(problems("admin", answer(200, { errors: [{ message: "x" }] }), [])[0]).toMatch(/without extensions.code/);
    expect(problems("admin", answer(200, { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] }), [])[0]).toMatch(/internal error/);
  });

  it("catch SQL text and stack traces in errors, not the caller's own upper-case SQL echoed", () => {
    const sql = answer(200, { errors: [{ message: 'select "id" from "deputies" where …', extensions: { code: "BAD_USER_INPUT" } }] });
    expect(problems("admin", sql, []).join()).toMatch(/SQL text/);
    const pg = answer(200, { errors: [{ message: 'duplicate key value violates unique constraint "deputies_id_card_hash_key"', extensions: { code: "CONFLICT" } }] });
    expect(problems("admin", pg, []).join()).toMatch(/SQL text/);
    const stack = answer(200, { errors: [{ message: "Error: x\n    at run (/app/dist/grammar/loaders.js:12:5)", extensions: { code: "BAD_USER_INPUT" } }] });
    expect(problems("admin", stack, []).join()).toMatch(/stack trace/);
    const echo = answer(400, { errors: [{ message: `Expected value of type "Int", found "') UNION SELECT password_hash FROM users --"`, extensions: { code: "BAD_USER_INPUT" } }] });
    expect(problems("admin", echo, [])).toEqual([]);
  });

  it("catch personal numbers: anywhere for a viewer, token or anonymous caller; in an error for an editor", () => {
    expect(problems("viewer", answer(200, { data: { deputy: { phone } } }), [phone]).join()).toMatch(/personal data/);
    expect(problems("token", answer(200, { data: { x: `ID ${idCard.toLowerCase()}` } }), [idCard]).join()).toMatch(/personal data/);
    expect(problems("editor", answer(200, { errors: [{ message: `${phone} is taken`, extensions: { code: "CONFLICT" } }] }), [phone]).join()).toMatch(/personal data/);
  });

  it("catch the server logging SQL, a stack, personal data or an internal error", () => {
    expect(logProblems("daibiao is ready at http://localhost:4000/", [phone])).toEqual([]);
    expect(logProblems("internal error at []: Error", [])).toHaveLength(1);
    expect(logProblems(`failed for ${phone}`, [phone])).toHaveLength(1);
  });
});
