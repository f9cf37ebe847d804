import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { ADMIN, READ } from "../auth/roles.js";
import type { Context } from "../context.js";
import { DutyPointRuleInput } from "./duty-point-rule.input.js";
import { listRules, setRule } from "./duty-point-rule.write.js";
import { DutyPointRule } from "./duty-record.type.js";

@Resolver(() => DutyPointRule)
export class DutyPointRuleResolver {
  @Authorized(READ)
  @Query(() => [DutyPointRule], { description: "the points rules of the duty record, latest first" })
  dutyPointRules(@Ctx() ctx: Context) {
    return listRules(ctx);
  }

  @Authorized(ADMIN)
  @Mutation(() => DutyPointRule, { description: "sets the points rule from a year on (this year or later; past years' points never change)" })
  setDutyPointRule(@Arg("input", () => DutyPointRuleInput) input: Record<string, unknown>, @Ctx() ctx: Context) {
    return setRule(ctx, input);
  }
}
