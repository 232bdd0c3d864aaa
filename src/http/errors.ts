/**
 * The one error type services throw. The HTTP layer turns it into RFC 9457
 * problem+json; `type` is stable, so clients can branch on it. The title is in the language the
 * request asked for (Accept-Language, http/i18n.ts), and so are the detail and the field messages:
 * services give them as messages from their module's catalogue (src/text/messages.ts), and
 * `Error.message` keeps the English for logs.
 */
import { english, type Text, textIn } from "../text/messages.ts";
import { DEFAULT_LANGUAGE, type Language } from "./i18n.ts";
import { t } from "./messages.ts";

export interface FieldError {
  /** JSON path of the invalid field, e.g. "body.email" or "query.limit". */
  path: string;
  message: Text;
}

export type ProblemType =
  | "validation"
  | "malformed-json"
  | "unauthenticated"
  | "forbidden"
  | "csrf"
  | "not-found"
  | "conflict"
  | "rate-limited"
  | "payload-too-large"
  | "unsupported-media-type"
  | "setup-required"
  | "email-unverified"
  | "email-off"
  | "internal";

/** Exhaustive per language: a new problem type does not compile until it has a title in each. */
const TITLES: Record<Language, Record<ProblemType, string>> = {
  en: {
    validation: "The request is not valid",
    "malformed-json": "The request body is not valid JSON",
    unauthenticated: "You need to sign in",
    forbidden: "You are not allowed to do this",
    csrf: "Missing or invalid CSRF token",
    "not-found": "Not found",
    conflict: "This conflicts with the current state",
    "rate-limited": "Too many attempts",
    "payload-too-large": "The request is too large",
    "unsupported-media-type": "Send the body as application/json",
    "setup-required": "This instance has not been set up yet",
    "email-unverified": "Verify your email address first",
    "email-off": "This instance does not send email",
    internal: "Something went wrong on our side",
  },
  fr: {
    validation: "La requête n’est pas valide",
    "malformed-json": "Le corps de la requête n’est pas du JSON valide",
    unauthenticated: "Vous devez vous connecter",
    forbidden: "Vous n’avez pas le droit de faire cela",
    csrf: "Jeton CSRF absent ou invalide",
    "not-found": "Introuvable",
    conflict: "Cela entre en conflit avec l’état actuel",
    "rate-limited": "Trop de tentatives",
    "payload-too-large": "La requête est trop volumineuse",
    "unsupported-media-type": "Envoyez le corps en application/json",
    "setup-required": "Cette instance n’a pas encore été configurée",
    "email-unverified": "Vérifiez d’abord votre adresse e-mail",
    "email-off": "Cette instance n’envoie pas d’e-mails",
    internal: "Une erreur s’est produite de notre côté",
  },
};

export class AppError extends Error {
  readonly status: number;
  readonly type: ProblemType;
  readonly detail: Text;
  readonly errors: FieldError[];
  readonly headers: Record<string, string>;
  /** RFC 9457 extension members the problem carries (documented on ProblemSchema). */
  extensions: { nextFree?: { startsAt: string; endsAt: string }[] } = {};

  constructor(status: number, type: ProblemType, detail: Text, errors: FieldError[] = [], headers: Record<string, string> = {}) {
    super(english(detail));
    this.detail = detail;
    this.status = status;
    this.type = type;
    this.errors = errors;
    this.headers = headers;
    this.name = "AppError";
  }

  /** The title in English; `titleIn` for the language a request asked for. */
  get title(): string {
    return this.titleIn(DEFAULT_LANGUAGE);
  }

  titleIn(language: Language): string {
    return TITLES[language][this.type];
  }

  static validation(path: string, message: Text): AppError {
    return new AppError(422, "validation", message, [{ path, message }]);
  }
  /** `what` names the thing, capitalized: "Organization", t("proposal"). */
  static notFound(what: Text): AppError {
    return new AppError(404, "not-found", t("notFound", { what }));
  }
  static forbidden(detail: Text = t("forbidden")): AppError {
    return new AppError(403, "forbidden", detail);
  }
  static unauthenticated(): AppError {
    return new AppError(401, "unauthenticated", t("unauthenticated"));
  }
  static conflict(detail: Text, path?: string): AppError {
    return new AppError(409, "conflict", detail, path ? [{ path, message: detail }] : []);
  }
}

export const problemTypeUri = (type: ProblemType) => `/problems/${type}`;

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { path: string; message: string }[];
  nextFree?: { startsAt: string; endsAt: string }[];
}

export function toProblem(err: AppError, language: Language = DEFAULT_LANGUAGE): Problem {
  return {
    type: problemTypeUri(err.type),
    title: err.titleIn(language),
    status: err.status,
    detail: textIn(err.detail, language),
    ...(err.errors.length ? { errors: err.errors.map((e) => ({ path: e.path, message: textIn(e.message, language) })) } : {}),
    ...err.extensions,
  };
}
