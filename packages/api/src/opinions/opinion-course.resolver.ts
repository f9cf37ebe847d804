// One mutation per step of an opinion's course (opinion-course.write.ts); each returns the opinion
// as it is afterwards. `version` must be the opinion's current version, else CONFLICT.
import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { WRITE } from "../auth/roles.js";
import type { Context } from "../context.js";
import { parseId } from "../grammar/errors.js";
import type { Row } from "../grammar/loaders.js";
import { DateScalar } from "../grammar/scalars.js";
import { CreateProposalInput } from "../proposals/proposal.input.js";
import * as course from "./opinion-course.write.js";
import { Opinion } from "./opinion.type.js";

const VERSION = { description: "the opinion's version this is based on; CONFLICT if it changed in between" } as const;
const RESOLVED_ON = { nullable: true, description: "today when left out; not before the opinion was raised, not in the future" } as const;

@Resolver(() => Opinion)
export class OpinionCourseResolver {
  @Authorized(WRITE)
  @Mutation(() => Opinion, { description: "OPEN → FORWARDED: forwarded to a handling unit (转交承办单位)" })
  forwardOpinion(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int, VERSION) version: number,
    @Arg("unitId", () => ID) unitId: string,
    @Ctx() ctx: Context,
  ): Promise<Row> {
    return course.forwardOpinion(ctx, parseId(id, "id"), version, parseId(unitId, "unitId"));
  }

  @Authorized(WRITE)
  @Mutation(() => Opinion, { description: "OPEN → ANSWERED: answered on the spot (当场答复); or a FORWARDED opinion's reply from the handling unit" })
  answerOpinion(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int, VERSION) version: number,
    @Arg("answer", () => String) answer: string,
    @Arg("resolvedOn", () => DateScalar, RESOLVED_ON) resolvedOn: string | null,
    @Ctx() ctx: Context,
  ): Promise<Row> {
    return course.answerOpinion(ctx, parseId(id, "id"), version, answer, resolvedOn);
  }

  @Authorized(WRITE)
  @Mutation(() => Opinion, { description: "OPEN → CLOSED: closed with a reason (办结)" })
  closeOpinion(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int, VERSION) version: number,
    @Arg("reason", () => String) reason: string,
    @Arg("resolvedOn", () => DateScalar, RESOLVED_ON) resolvedOn: string | null,
    @Ctx() ctx: Context,
  ): Promise<Row> {
    return course.closeOpinion(ctx, parseId(id, "id"), version, reason, resolvedOn);
  }

  @Authorized(WRITE)
  @Mutation(() => Opinion, {
    description: "OPEN → PROPOSAL: creates the proposal (as createProposal does) and links the opinion to it, in one transaction",
  })
  turnOpinionIntoProposal(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int, VERSION) version: number,
    @Arg("input", () => CreateProposalInput) input: Record<string, unknown>,
    @Ctx() ctx: Context,
  ): Promise<Row> {
    return course.turnOpinionIntoProposal(ctx, parseId(id, "id"), version, input);
  }
}
