import { userRole } from "@daibiao/db";
import { GraphQLBoolean } from "graphql";
import { gqlEnum } from "../grammar/enums.js";
import { inputsOf, type InputField } from "../grammar/inputs.js";

export const userFields: Record<string, InputField> = {
  username: { type: () => String, required: true, max: 50, description: "letters, digits, _ . -" },
  displayName: { type: () => String, max: 50 },
  role: { type: () => gqlEnum(userRole), required: true },
  active: { type: () => GraphQLBoolean },
  password: { type: () => String, required: true, max: 200, description: "at least 10 characters; kept only as an argon2id hash" },
};
export const { Create: CreateUserInput, Update: UpdateUserInput } = inputsOf("User", userFields);
