import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { ADMIN, READ } from "../auth/roles.js";
import type { Context } from "../context.js";
import { UpdateSettingsInput } from "./settings.input.js";
import { readSettings, updateSettings, type SettingsValue } from "./settings.write.js";
import { Settings } from "./settings.type.js";

@Resolver(() => Settings)
export class SettingsResolver {
  @Authorized(READ)
  @Query(() => Settings, { description: "the deadlines that proposal handling follows" })
  async settings(@Ctx() ctx: Context): Promise<SettingsValue> {
    return readSettings(ctx.db);
  }

  @Authorized(ADMIN)
  @Mutation(() => Settings, { description: "changes only the settings given; applies to assignments, extensions and evaluations made from now on" })
  async updateSettings(@Arg("input", () => UpdateSettingsInput) input: Record<string, unknown>, @Ctx() ctx: Context): Promise<SettingsValue> {
    return updateSettings(ctx, input);
  }
}
