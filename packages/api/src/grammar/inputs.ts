// Create and update inputs from one field list per resource: the create input requires what the
// table requires, the update input makes every field optional (a partial update). class-validator
// rules come from the same list, so the two inputs cannot disagree.
import {
  IsDefined,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
  ArrayMaxSize,
  Validate,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from "class-validator";
import { Field, InputType, Int } from "type-graphql";
import { isValidIdCard, PHONE } from "@daibiao/db";
import { parseId } from "./errors.js";

export type InputField = {
  type: () => unknown;
  required?: boolean;
  // Strings: longest allowed (default 200); lists: most items (default 1000).
  max?: number;
  min?: number;
  maxValue?: number;
  pattern?: "phone" | "idCard";
  nested?: Function;
  description?: string;
  // required in the update input too
  always?: boolean;
  // the column has a default: null means "the default", not "empty"
  defaulted?: boolean;
};

@ValidatorConstraint({ name: "idCard" })
class IdCardRule implements ValidatorConstraintInterface {
  validate(value: unknown) {
    return typeof value === "string" && isValidIdCard(value);
  }
  defaultMessage() {
    return "is not a valid ID-card number";
  }
}

@ValidatorConstraint({ name: "notBlank" })
class NotBlankRule implements ValidatorConstraintInterface {
  validate(value: unknown) {
    return typeof value !== "string" || value.trim().length > 0;
  }
  defaultMessage() {
    return "must not be empty";
  }
}

function decorate(proto: object, key: string, f: InputField, partial: boolean) {
  const isList = Array.isArray(f.type());
  const nullable = (partial && !f.always) || !f.required;
  Field(f.type as never, { nullable, description: f.description })(proto, key);
  const v: PropertyDecorator[] = [];
  if (f.required && partial && !f.always) {
    v.push(ValidateIf((_o, value) => value !== undefined), IsDefined({ message: "$property must not be null" }));
  } else if (!f.required) {
    v.push(IsOptional());
  }
  const scalar = (f.type as () => unknown)();
  if (scalar === String) {
    if (f.required) v.push(Validate(NotBlankRule));
    v.push(MaxLength(f.max ?? 200, { message: `$property must be at most ${f.max ?? 200} characters` }));
  }
  if (f.pattern === "phone") v.push(Matches(PHONE, { message: "$property is not a phone number" }));
  if (f.pattern === "idCard") v.push(Validate(IdCardRule));
  if (f.min !== undefined) v.push(Min(f.min));
  if (f.maxValue !== undefined) v.push(Max(f.maxValue));
  if (isList) v.push(ArrayMaxSize(f.max ?? 1000));
  if (f.nested) v.push(ValidateNested({ each: true }));
  for (const d of v) d(proto, key);
}

export function inputClass(name: string, fields: Record<string, InputField>, partial = false): Function {
  @InputType(name)
  class Input {}
  for (const [key, f] of Object.entries(fields)) decorate(Input.prototype, key, f, partial);
  return Input;
}

// The pair for a resource; the update input also carries the version the client read.
export function inputsOf(typeName: string, fields: Record<string, InputField>): { Create: Function; Update: Function } {
  const Create = inputClass(`Create${typeName}Input`, fields);
  const Update = inputClass(`Update${typeName}Input`, {
    ...fields,
    version: {
      type: () => Int,
      required: true,
      always: true,
      min: 1,
      description: "the version this change is based on; if someone saved in between, the change is refused with CONFLICT",
    },
  }, true);
  return { Create, Update };
}

// Column values from an input: ids parsed, text trimmed (empty optional text clears the field).
// Nested lists (child rows) are left to the children's own configuration.
export function rowFromInput(
  fields: Record<string, InputField>,
  input: Record<string, unknown>,
  path = "input",
): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [key, f] of Object.entries(fields)) {
    if (!(key in input) || input[key] === undefined || f.nested || Array.isArray(f.type())) continue;
    let v = input[key];
    if (v === null && f.defaulted) continue;
    if (v !== null && /Id$/.test(key)) v = parseId(v, `${path}.${key}`);
    if (typeof v === "string") {
      v = v.trim();
      if (v === "" && !f.required) v = null;
    }
    row[key] = v;
  }
  return row;
}
