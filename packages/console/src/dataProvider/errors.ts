// The API's errors as react-admin understands them: BAD_USER_INPUT → errors on the form fields it names
// (react-admin's server-side validation: `body.errors`), CONFLICT and NOT_FOUND → a notice saying what
// happened (a stale version: status 409 with `body.currentVersion`, which the edit toolbar offers to
// load), UNAUTHENTICATED → 401 (back to the sign-in page), FORBIDDEN → 403. The form keeps what the user
// typed, since edits are saved pessimistically.
import { HttpError } from "ra-core";
import { RecordNotFound } from "./getResponseParser";
import { resourceByType } from "./resources";

export type Translate = (key: string, options?: Record<string, unknown>) => string;

type GqlError = { message: string; extensions?: Record<string, unknown> };

const fieldMessages: [RegExp, string][] = [
  [/must not be empty/, "errors.field.empty"],
  [/must not be null|of required type .* was not provided/, "errors.field.required"],
  [/must be at most (\d+) characters/, "errors.field.max_length"],
  [/is not a phone number/, "errors.field.phone"],
  [/is not a valid ID-card number/, "errors.field.id_card"],
  [/must not be less than (\S+)/, "errors.field.min_value"],
  [/must not be greater than (\S+)/, "errors.field.max_value"],
  [/is already taken/, "errors.field.taken"],
  [/refers to an? \w+ that does not exist/, "errors.field.missing_reference"],
  [/is given twice/, "errors.field.duplicate"],
  [/is not a valid id/, "errors.field.invalid_id"],
  [/is not an? \w+ of this record/, "errors.field.not_own"],
  [/is not allowed here/, "errors.field.rule"],
  [/out of range or of the wrong form|Date must be|Expected value of type|cannot represent|got invalid value/, "errors.field.wrong_form"],
];

export function translateFieldMessage(message: string, translate: Translate): string {
  for (const [re, key] of fieldMessages) {
    const m = re.exec(message);
    if (m) return translate(key, { value: m[1], _: message });
  }
  return message;
}

// "input.mandates.0.startDate" → "mandates.0.startDate"; "input.cosignerIds.2" → "cosignerIds".
export function formField(path: string): string | undefined {
  const parts = path.split(".");
  if (parts[0] === "input") parts.shift();
  if (parts.length > 1 && /^\d+$/.test(parts[parts.length - 1]!)) parts.pop();
  return parts.length ? parts.join(".") : undefined;
}

export function graphQLErrorsOf(error: unknown): GqlError[] {
  const e = error as { body?: unknown; graphQLErrors?: GqlError[]; networkError?: { result?: { errors?: GqlError[] } } };
  const inner = (e?.body ?? e) as typeof e;
  if (Array.isArray(inner?.graphQLErrors) && inner.graphQLErrors.length) return inner.graphQLErrors;
  const fromNetwork = inner?.networkError?.result?.errors;
  return Array.isArray(fromNetwork) ? fromNetwork : [];
}

export function toRaError(error: unknown, translate: Translate): unknown {
  const body = (error as { body?: unknown })?.body ?? error;
  if (body instanceof RecordNotFound) return new HttpError(translate("errors.not_found"), 404, { code: "NOT_FOUND" });
  const [first] = graphQLErrorsOf(error);
  if (!first) {
    const status = (error as { status?: number })?.status;
    if (status && status !== 200) return new HttpError(translate("errors.network", { status }), status);
    if ((error as Error)?.message && /fetch|network/i.test((error as Error).message)) {
      return new HttpError(translate("errors.network", { status: "" }), 0);
    }
    return error;
  }
  const ext = first.extensions ?? {};
  const code = ext.code as string | undefined;
  const fields = (ext.fields as { field: string; message: string }[] | undefined) ?? [];
  const errors: Record<string, string> = {};
  for (const f of fields) {
    const name = formField(f.field);
    if (name && name !== "version" && !errors[name]) errors[name] = translateFieldMessage(f.message, translate);
  }
  switch (code) {
    case "BAD_USER_INPUT": {
      const summary = Object.entries(errors).map(([k, v]) => `${k}: ${v}`).join("；");
      const message = translate("errors.invalid_input", { details: summary || first.message });
      // Without a field to put it on, the message itself is the notice.
      return Object.keys(errors).length
        ? new HttpError(message, 400, { code, errors })
        : new HttpError(message, 400, { code });
    }
    case "CONFLICT": {
      if (ext.reason === "LAST_ADMIN") return new HttpError(translate("errors.last_admin"), 409, { code });
      if (typeof ext.currentVersion === "number") {
        return new HttpError(translate("errors.stale"), 409, { code, currentVersion: ext.currentVersion });
      }
      const refs = ext.referencedBy as { type: string; field: string; count: number }[] | undefined;
      if (refs?.length) {
        const r = refs[0]!;
        const resource = resourceByType.get(r.type);
        const what = resource ? translate(`resources.${resource}.name`, { smart_count: 2 }) : r.type;
        return new HttpError(translate("errors.referenced", { count: r.count, what }), 409, { code });
      }
      if (Object.keys(errors).length) {
        return new HttpError(translate("errors.duplicate"), 409, { code, errors });
      }
      return new HttpError(translate("errors.conflict", { details: first.message }), 409, { code });
    }
    case "NOT_FOUND":
      return new HttpError(translate("errors.not_found"), 404, { code });
    case "UNAUTHENTICATED":
      return new HttpError(translate("errors.unauthenticated"), 401, { code });
    case "FORBIDDEN":
      return new HttpError(translate("errors.forbidden"), 403, { code });
    default:
      return new HttpError(translate("errors.server", { details: first.message }), 500, { code });
  }
}
