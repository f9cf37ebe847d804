// The handling of a proposal as a state machine: which transition is allowed from which state.
//
//   submitted  → accepted (acceptProposal), not_accepted (rejectProposal), merged (mergeProposal), withdrawn (withdrawProposal)
//   accepted   → assigned (assignProposal), merged, withdrawn
//   assigned   → handling (startHandling)
//   assigned, handling → accepted (returnAssignment by the lead unit, within the return window)
//   handling   → answered (answerProposal, once every assisting unit has given its opinion)
//   answered   → evaluated (evaluateProposal by the last deputy), rehandling (evaluateProposal, dissatisfied),
//                closed (closeProposal, once the evaluation window is over)
//   rehandling → answered (answerProposal, the next round)
//   evaluated  → closed (closeProposal)
// extendAssignment, giveOpinion, an assisting unit's returnAssignment and all but the last evaluation
// keep the state. Each transition is one mutation of proposal-workflow.write.ts and writes one
// proposal_events row of its kind.
import type { Proposal as ProposalRow, ProposalEvent } from "@daibiao/db";
import { GraphQLError } from "graphql";
import { badInput } from "../grammar/errors.js";

export type Status = ProposalRow["status"];
export type EventKind = ProposalEvent["kind"];

export type Transition = { kind: EventKind; verb: string; from: readonly Status[] };

const t = (kind: EventKind, verb: string, from: Status[]): Transition => ({ kind, verb, from });

// `submit` is the creation of the proposal (createProposal), not a mutation of its own.
export const TRANSITIONS = {
  accept: t("accept", "accept", ["submitted"]),
  reject: t("reject", "reject", ["submitted"]),
  merge: t("merge", "merge", ["submitted", "accepted"]),
  withdraw: t("withdraw", "withdraw", ["submitted", "accepted"]),
  assign: t("assign", "assign", ["accepted"]),
  return: t("return", "return an assignment of", ["assigned", "handling"]),
  extend: t("extend", "extend an assignment of", ["assigned", "handling"]),
  startHandling: t("start_handling", "start handling", ["assigned"]),
  opinion: t("opinion", "give an opinion on", ["assigned", "handling", "rehandling"]),
  answer: t("answer", "answer", ["handling", "rehandling"]),
  evaluate: t("evaluate", "evaluate", ["answered"]),
  // from answered only once the evaluation window is over (checked by closeProposal)
  close: t("close", "close", ["evaluated", "answered"]),
} as const;

// A proposal can still be merged into one that is not finished with.
export const MERGE_TARGET_STATES: readonly Status[] = ["submitted", "accepted", "assigned", "handling"];
// Co-signers and the lead deputy are who evaluates: they are fixed once the proposal is assigned.
export const AUTHORS_EDITABLE: readonly Status[] = ["submitted", "accepted"];

export const gqlState = (s: Status) => s.toUpperCase();
const words = (s: Status) => s.replace(/_/g, " ");

// The transitions the state allows (deadlines such as the return window are checked when one runs).
export function allowedTransitions(status: Status): EventKind[] {
  return Object.values(TRANSITIONS)
    .filter((tr) => tr.from.includes(status))
    .map((tr) => tr.kind);
}

// BAD_USER_INPUT naming the state: "cannot answer a proposal that is submitted".
export function stateError(tr: Transition, status: Status, field = "id", why?: string): GraphQLError {
  const e = badInput([{ field, message: `cannot ${tr.verb} a proposal that is ${words(status)}${why ? ` ${why}` : ""}` }]);
  return new GraphQLError(e.message, {
    extensions: { ...e.extensions, state: gqlState(status), allowedStates: tr.from.map(gqlState) },
  });
}

export function assertState(tr: Transition, status: Status, field = "id"): void {
  if (!tr.from.includes(status)) throw stateError(tr, status, field);
}
