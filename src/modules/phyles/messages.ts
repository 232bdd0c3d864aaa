import { defineMessages } from "../../text/messages.ts";

/** The phyles module's texts for people (problem details, field messages). */
export const t = defineMessages(
  "phyles",
  {
    // The charter.
    basisPointsWhole: "Give {what, select, weight {a weight} other {the share}} in basis points, a whole number (1000 is 10%).",
    basisPointsMin: "{what, select, weight {A weight} other {The share}} must be at least 1 basis point.",
    basisPointsMax: "{what, select, weight {A weight} other {The share}} cannot pass 10,000 basis points (100%).",
    missionEmpty: "Say what the phyle is for.",
    missionMax: "Use at most 10000 characters.",
    beneficiariesMin: "Name at least one commons to commit to.",
    beneficiariesMax: "Name at most 50 beneficiaries.",
    weightsSum: "The beneficiaries' weights must sum to 10,000 basis points (100%), not {total}.",
    namedTwice: "This commons and destination are named twice.",
    noCommons: 'There is no commons at "{slug}".',
    noStewardBeneficiary: "{commons} has no steward association to hold what the phyle commits; it cannot be a beneficiary yet.",
    notEnterprise: "{organization} is not an enterprise: only enterprises adopt a phyle charter and commit to the commons.",

    // Periods.
    minorWhole: "Give {what, select, revenue {the revenue} other {the costs}} as a whole number of minor units (cents for EUR).",
    minorFraction:
      "Give {what, select, revenue {the revenue} other {the costs}} as a whole number of minor units (cents for EUR), not a fraction.",
    minorNegative: "{what, select, revenue {The revenue} other {The costs}} cannot be negative.",
    minorMax: "{what, select, revenue {The revenue} other {The costs}} must be at most 10^15 minor units.",
    periodEndsBeforeStart: "The period cannot end before it starts.",
    noCharter: "{organization} has no phyle charter yet: its stewards adopt one first.",
    periodOverlap: "A period from {start} to {end} is already recorded and overlaps this one.",
    noStewardPart: "{commons} no longer has a steward association to receive its part; amend the charter first.",
    periodExists: "A period starting on this day is already recorded.",
    overdraft: "The enterprise's bank account cannot cover this period's commitment: record the income that pays it first.",
  },
  {
    basisPointsWhole:
      "Indiquez {what, select, weight {un poids} other {la part}} en points de base, par un nombre entier (1000 vaut 10 %).",
    basisPointsMin: "{what, select, weight {Un poids} other {La part}} doit valoir au moins 1 point de base.",
    basisPointsMax: "{what, select, weight {Un poids} other {La part}} ne peut pas dépasser 10 000 points de base (100 %).",
    missionEmpty: "Indiquez la raison d’être de la phyle.",
    missionMax: "Utilisez au plus 10 000 caractères.",
    beneficiariesMin: "Indiquez au moins un commun envers lequel vous engager.",
    beneficiariesMax: "Indiquez au plus 50 bénéficiaires.",
    weightsSum: "Les poids des bénéficiaires doivent totaliser 10 000 points de base (100 %), et non {total}.",
    namedTwice: "Ce commun et cette destination figurent deux fois.",
    noCommons: "Aucun commun à l’adresse « {slug} ».",
    noStewardBeneficiary:
      "{commons} n’a pas d’association intendante pour recevoir ce que la phyle engage ; ce commun ne peut pas encore en être bénéficiaire.",
    notEnterprise:
      "{organization} n’est pas une entreprise : seules les entreprises adoptent une charte de phyle et s’engagent envers les communs.",

    minorWhole:
      "Indiquez {what, select, revenue {le chiffre d’affaires} other {les charges}} en nombre entier d’unités mineures (des centimes pour l’EUR).",
    minorFraction:
      "Indiquez {what, select, revenue {le chiffre d’affaires} other {les charges}} en nombre entier d’unités mineures (des centimes pour l’EUR), sans fraction.",
    minorNegative:
      "{what, select, revenue {Le chiffre d’affaires ne peut pas être négatif} other {Les charges ne peuvent pas être négatives}}.",
    minorMax: "{what, select, revenue {Le chiffre d’affaires doit être} other {Les charges doivent être}} d’au plus 10^15 unités mineures.",
    periodEndsBeforeStart: "La période ne peut pas se terminer avant de commencer.",
    noCharter: "{organization} n’a pas encore de charte de phyle : ses intendant·es doivent d’abord en adopter une.",
    periodOverlap: "Une période du {start} au {end} est déjà enregistrée et chevauche celle-ci.",
    noStewardPart: "{commons} n’a plus d’association intendante pour recevoir sa part ; modifiez d’abord la charte.",
    periodExists: "Une période commençant ce jour-là est déjà enregistrée.",
    overdraft:
      "Le compte bancaire de l’entreprise ne peut pas couvrir l’engagement de cette période : enregistrez d’abord les recettes qui le financent.",
  },
);
