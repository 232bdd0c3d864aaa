/** Types `t()` and `<Trans i18nKey>` keys from the English catalogues: a key that does not exist does not compile. */
import "i18next";
import type { resources } from "./resources.ts";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    fallbackNS: [
      "format",
      "auth",
      "account",
      "home",
      "orgs",
      "activity",
      "commons",
      "contributions",
      "decisions",
      "treasury",
      "discussions",
      "federation",
      "needs",
      "notifications",
      "phyles",
      "reciprocity",
      "value",
      "sharing",
      "budgets",
    ];
    keySeparator: false;
    nsSeparator: false;
    resources: (typeof resources)["en"];
    // Messages are ICU (i18next-icu); i18next's own {{var}} extractor would misread their braces.
    parseInterpolation: false;
  }
}
