// An opinion's course in the console: the API's course mutations (opinion-course.resolver.ts), each
// taking the version read so a change in between is refused.
export type Step = "FORWARD" | "ANSWER" | "CLOSE" | "PROPOSAL";

const RESULT = "id version status unitId proposalId answer closeReason resolvedOn";

export const COURSE: Record<Step, string> = {
  FORWARD: `mutation ForwardOpinion($id: ID!, $version: Int!, $unitId: ID!) { forwardOpinion(id: $id, version: $version, unitId: $unitId) { ${RESULT} } }`,
  ANSWER: `mutation AnswerOpinion($id: ID!, $version: Int!, $answer: String!, $resolvedOn: Date) { answerOpinion(id: $id, version: $version, answer: $answer, resolvedOn: $resolvedOn) { ${RESULT} } }`,
  CLOSE: `mutation CloseOpinion($id: ID!, $version: Int!, $reason: String!, $resolvedOn: Date) { closeOpinion(id: $id, version: $version, reason: $reason, resolvedOn: $resolvedOn) { ${RESULT} } }`,
  PROPOSAL: `mutation TurnOpinionIntoProposal($id: ID!, $version: Int!, $input: CreateProposalInput!) { turnOpinionIntoProposal(id: $id, version: $version, input: $input) { ${RESULT} } }`,
};

// The steps an opinion's state allows: an open one any; a forwarded one waits for the unit's reply.
export function stepsFor(o: { status?: string; resolvedOn?: string | null }): Step[] {
  if (o.status === "OPEN") return ["FORWARD", "ANSWER", "CLOSE", "PROPOSAL"];
  if (o.status === "FORWARDED" && !o.resolvedOn) return ["ANSWER"];
  return [];
}

const blank = (v: unknown) => v == null || String(v).trim() === "";
const REQUIRED = "errors.field.required";

// What the dialog checks before sending; the API checks again.
export function validateStep(step: Step, v: Record<string, any>): Record<string, string> {
  const e: Record<string, string> = {};
  if (step === "FORWARD" && blank(v.unitId)) e.unitId = REQUIRED;
  if (step === "ANSWER" && blank(v.answer)) e.answer = REQUIRED;
  if (step === "CLOSE" && blank(v.reason)) e.reason = REQUIRED;
  if (step === "PROPOSAL") {
    for (const f of ["congressTerm", "number", "title", "category", "leadDeputyId", "submittedAt"]) if (blank(v[f])) e[f] = REQUIRED;
  }
  return e;
}

const trim = (v: unknown) => (typeof v === "string" ? v.trim() : v);
const orNull = (v: unknown) => (blank(v) ? null : trim(v));

export function variablesOf(step: Step, o: { id: string | number; version: number }, v: Record<string, any>): Record<string, unknown> {
  const base = { id: String(o.id), version: o.version };
  switch (step) {
    case "FORWARD":
      return { ...base, unitId: v.unitId };
    case "ANSWER":
      return { ...base, answer: trim(v.answer), resolvedOn: orNull(v.resolvedOn) };
    case "CLOSE":
      return { ...base, reason: trim(v.reason), resolvedOn: orNull(v.resolvedOn) };
    case "PROPOSAL":
      return {
        ...base,
        input: {
          congressTerm: Number(v.congressTerm),
          sessionNumber: blank(v.sessionNumber) ? null : Number(v.sessionNumber),
          number: Number(v.number),
          title: trim(v.title),
          content: orNull(v.content),
          category: v.category,
          leadDeputyId: v.leadDeputyId,
          submittedAt: v.submittedAt,
        },
      };
  }
}
