import { defineMessages } from "../../text/messages.ts";

/** The affiliations module's texts for people (problem details, field messages). */
export const t = defineMessages(
  "affiliations",
  {
    affiliation: "This affiliation",
    ownOnly: "Only the person named can change their affiliation.",
    overlap: "This period overlaps another affiliation of yours with the same enterprise.",
    datesOrdered: "The end date cannot be before the start date.",
    noOrganization: 'There is no organization "{slug}".',
    notEnterprise: "{name} is not an enterprise.",
    disputeReason: "Say why you dispute this affiliation.",
  },
  {
    affiliation: "Affiliation",
    ownOnly: "Seule la personne concernée peut modifier son affiliation.",
    overlap: "Cette période chevauche une autre de vos affiliations à la même entreprise.",
    datesOrdered: "La date de fin ne peut pas précéder la date de début.",
    noOrganization: "L’organisation « {slug} » n’existe pas.",
    notEnterprise: "{name} n’est pas une entreprise.",
    disputeReason: "Expliquez pourquoi vous contestez cette affiliation.",
  },
);
