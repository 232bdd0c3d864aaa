import { defineMessages } from "../../text/messages.ts";

/** The flows module's texts for people (problem details, the feedback loop's labels). */
export const t = defineMessages(
  "flows",
  {
    windowOrder: "The window must start on or before its end.",
    tooManyPeriods: "Ask for at most {max} periods at a time; this window has {count}.",

    // What each flow is, as the feedback loop shows it.
    reciprocity: "Reciprocity invoiced",
    phyle: "Phyle commitments",
    sponsorship: "Sponsorships",
    donations: "Donations",
    grants: "Grants",
    contributors: "To contributors",
    fixedShares: "Fixed shares of distributions",
    infrastructure: "Infrastructure spending",
    /** A flow of the steward association as a whole, shared by the commons it stewards. */
    toSteward: "{flow} to {steward}, {count, plural, =1 {for the one commons it stewards} other {for all the {count} commons it stewards}}",
    bySteward: "{flow} by {steward}, {count, plural, =1 {for the one commons it stewards} other {for all the {count} commons it stewards}}",
  },
  {
    windowOrder: "Le début de la plage demandée ne peut pas être postérieur à sa fin.",
    tooManyPeriods: "Demandez au plus {max} périodes à la fois ; la plage demandée en compte {count}.",

    reciprocity: "Réciprocité facturée",
    phyle: "Engagements de phyle",
    sponsorship: "Parrainages",
    donations: "Dons",
    grants: "Subventions",
    contributors: "Aux contributeur·ices",
    fixedShares: "Parts fixes des répartitions",
    infrastructure: "Dépenses d’infrastructure",
    toSteward:
      "{flow} à {steward}, {count, plural, =1 {pour le seul commun dont elle est intendante} other {pour l’ensemble des {count} communs dont elle est intendante}}",
    bySteward:
      "{flow} de {steward}, {count, plural, =1 {pour le seul commun dont elle est intendante} other {pour l’ensemble des {count} communs dont elle est intendante}}",
  },
);
