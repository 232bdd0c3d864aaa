import { type core, type ZodError, z } from "zod";
import { type Language, ruleMessage, type Text, type Translatable } from "../text/messages.ts";
import { AppError, type FieldError } from "./errors.ts";
import { t } from "./messages.ts";

const TARGET_NAMES: Record<string, string> = {
  json: "body",
  form: "body",
  query: "query",
  param: "path",
  header: "header",
  cookie: "cookie",
};

/** zod's own wording for an issue no field rule named, in each language zod has it. */
const zodLocales: Partial<Record<Language, ReturnType<typeof z.locales.fr>>> = { fr: z.locales.fr() };

/**
 * A zod issue's message in each language: a field rule's own message (src/http/fields.ts and the
 * modules' inputs) when the rule gave one, else zod's built-in text in that language. The issue as
 * reported does not carry the input, so zod's French "… attendu, X reçu" loses the "X reçu" part
 * rather than claim the wrong type.
 */
function issueText(issue: core.$ZodIssue): Text {
  const own = ruleMessage(issue.message);
  if (own) return own;
  const english = issue.message;
  const text: Translatable = {
    in(language) {
      const locale = zodLocales[language];
      if (!locale) return english;
      const out = locale.localeError(issue as unknown as core.$ZodRawIssue);
      const message = typeof out === "string" ? out : out?.message;
      if (!message) return english;
      return issue.code === "invalid_type" ? message.replace(/, [^,]* reçu$/, "") : message;
    },
  };
  return text;
}

/** Turns zod issues into field errors whose path names the request part and field ("body.email"). */
export function fieldErrors(error: ZodError, target: string): FieldError[] {
  const prefix = TARGET_NAMES[target] ?? target;
  return error.issues.flatMap((issue) => {
    const base = [prefix, ...issue.path.map(String)].join(".");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: `${base}.${key}`, message: t("unknownField", { field: key }) }));
    }
    return [{ path: base, message: issueText(issue) }];
  });
}

export function validationError(error: ZodError, target: string): AppError {
  const errors = fieldErrors(error, target);
  const [first] = errors;
  const detail =
    errors.length === 1 && first
      ? t("oneField", { path: first.path, message: first.message })
      : t("fieldsInvalid", { count: errors.length });
  return new AppError(422, "validation", detail, errors);
}
