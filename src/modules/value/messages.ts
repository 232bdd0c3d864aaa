import { defineMessages } from "../../text/messages.ts";

/** The value module's texts for people (problem details, field messages, a statement's note). */
export const t = defineMessages(
  "value",
  {
    // ── equations
    pointsPerContribution: "Points per contribution",
    pointsPerHour: "Points per hour",
    pointsPerHundredLines: "Points per hundred lines",
    pointsWhole: "Give {what} as a whole number of points.",
    pointsNegative: "{what} cannot be negative.",
    pointsAtMost: "{what} can be at most {max} points.",
    nameShare: "Name this share.",
    shareBasisPoints: "Give the share in basis points (100 = 1%).",
    shareWholeBasisPoints: "Give the share as a whole number of basis points (100 = 1%).",
    shareAtLeast: "A fixed share is at least 1 basis point (0.01%).",
    shareAtMost: "A share is at most 10000 basis points (100%).",
    kindOneOf: "Use one of {kinds}.",
    tooManyShares: "Use at most {max} fixed shares.",
    reviewPointsWhole: "Give review points as a whole number.",
    reviewPointsNegative: "Review points cannot be negative.",
    windowWhole: "Give the window in whole days.",
    windowAtLeast: "The window is at least one day.",
    windowAtMost: "The window is at most {max} days.",
    halfLifeWhole: "Give the half-life in whole days.",
    halfLifeAtLeast: "The half-life is at least one day.",
    halfLifeAtMost: "The half-life is at most {max} days.",
    sharesOver: "The fixed shares add up to {percent, number, ::group-off}%, over 100%: lower them so the pool keeps what is left.",
    sharesOverWhole: "The fixed shares add up to more than 100%.",
    weightedTwice: "{kind} is weighted twice.",
    editCommonsEquation: "Only the stewards of this commons' community can change its value equation.",
    editPhyleEquation: "Only this enterprise's stewards can change its value equation.",
    notAnEnterprise: "{organization} is not an enterprise: only a phyle enterprise has a value equation of its own.",
    noOneWithHandle: 'There is no one with the handle "{handle}".',

    // ── distributions
    statementHash: "Send the statementHash the preview gave.",
    previewers: "Only the treasurers who would post this distribution, or the equation's stewards, can preview it.",
    noStewardAssociation: "{commons} has no steward association: distributions are posted in its books, so one is needed first.",
    noCommonsNamed: "{enterprise} names no commons in a phyle charter: its contributors are those of the commons it commits to.",
    shareAccountMissing:
      'The fixed share "{label}" goes to {account}, which {organization}\'s books do not have: a treasurer adds it, or a steward changes the equation.',
    accountCurrencies: "{account} holds {currencies}, not {currency}.",
    statementChanged:
      "The statement changed since the preview (contributions, reviews or the equation changed): preview it again before posting.",
    recipientGone: 'The fixed share "{label}" names @{handle}, who has no account here any more.',
    noPoints:
      "No one has points between {from} and {to}: the contributor pool ({percent, number, ::group-off}% of the amount) would have no one to go to. Choose a window end with accepted contributions by known authors, or give the pool's share to a fixed share.",
    notShared:
      "not shared: {count, plural, one {{count} contribution} other {{count} contributions}} by unknown authors (imported without a matching account)",
    distribution: "The distribution",
    statementLine: "This line of the statement",
    person: 'The person "{handle}"',

    // ── payouts
    owesNothing: "{organization} owes {person} nothing from distributions.",
    owesNothingNow: "{organization} owes {person} nothing now: everything was paid out.",
    payAtMost: "{organization} owes {person} {owed} {currency}; pay at most that.",
    bankTooLow: "The bank account holds {held} {currency}, less than {amount}: it cannot go below zero.",
  },
  {
    pointsPerContribution: "points par contribution",
    pointsPerHour: "points par heure",
    pointsPerHundredLines: "points par centaine de lignes",
    pointsWhole: "Indiquez les {what} en nombre entier.",
    pointsNegative: "Les {what} ne peuvent pas être négatifs.",
    pointsAtMost: "Les {what} ne peuvent pas dépasser {max} points.",
    nameShare: "Nommez cette part.",
    shareBasisPoints: "Indiquez la part en points de base (100 = 1 %).",
    shareWholeBasisPoints: "Indiquez la part en nombre entier de points de base (100 = 1 %).",
    shareAtLeast: "Une part fixe vaut au moins 1 point de base (0,01 %).",
    shareAtMost: "Une part vaut au plus 10000 points de base (100 %).",
    kindOneOf: "Utilisez l’un de ces types : {kinds}.",
    tooManyShares: "Utilisez au plus {max} parts fixes.",
    reviewPointsWhole: "Indiquez les points de relecture en nombre entier.",
    reviewPointsNegative: "Les points de relecture ne peuvent pas être négatifs.",
    windowWhole: "Indiquez la période en nombre entier de jours.",
    windowAtLeast: "La période dure au moins un jour.",
    windowAtMost: "La période dure au plus {max} jours.",
    halfLifeWhole: "Indiquez la demi-vie en nombre entier de jours.",
    halfLifeAtLeast: "La demi-vie est d’au moins un jour.",
    halfLifeAtMost: "La demi-vie est d’au plus {max} jours.",
    sharesOver:
      "Les parts fixes totalisent {percent, number, ::group-off} %, plus de 100 % : réduisez-les pour que la réserve garde le reste.",
    sharesOverWhole: "Les parts fixes dépassent 100 % au total.",
    weightedTwice: "Le type {kind} est pondéré deux fois.",
    editCommonsEquation: "Seuls les responsables de la communauté de ce commun peuvent modifier son équation de valeur.",
    editPhyleEquation: "Seuls les responsables de cette entreprise peuvent modifier son équation de valeur.",
    notAnEnterprise: "{organization} n’est pas une entreprise : seule une entreprise de phyle a sa propre équation de valeur.",
    noOneWithHandle: "Personne n’a l’identifiant « {handle} ».",

    statementHash: "Envoyez le statementHash donné par l’aperçu.",
    previewers:
      "Seuls les trésorier·ères qui passeraient cette répartition en écriture, ou les responsables de l’équation, peuvent la prévisualiser.",
    noStewardAssociation:
      "{commons} n’a pas d’association intendante : les répartitions sont passées en écriture dans ses comptes, il en faut donc d’abord une.",
    noCommonsNamed:
      "{enterprise} ne nomme aucun commun dans une charte de phyle : ses contributeur·ices sont celles et ceux des communs auxquels elle s’engage.",
    shareAccountMissing:
      "La part fixe « {label} » va au compte {account}, absent des comptes de {organization} : un·e trésorier·ère doit l’ajouter, ou un·e responsable modifier l’équation.",
    accountCurrencies: "Le compte {account} est en {currencies}, pas en {currency}.",
    statementChanged:
      "Le relevé a changé depuis l’aperçu (contributions, relectures ou équation modifiées) : refaites l’aperçu avant de passer l’écriture.",
    recipientGone: "La part fixe « {label} » désigne @{handle}, qui n’a plus de compte ici.",
    noPoints:
      "Personne n’a de points entre le {from} et le {to} : la réserve des contributeur·ices ({percent, number, ::group-off} % du montant) n’irait à personne. Choisissez une fin de période avec des contributions acceptées d’auteur·ices connu·es, ou attribuez la part de la réserve à une part fixe.",
    notShared:
      "non partagé : {count, plural, one {{count} contribution} other {{count} contributions}} d’auteur·ices inconnu·es (importées sans compte correspondant)",
    distribution: "Répartition",
    statementLine: "Ligne du relevé",
    person: "Personne « {handle} »",

    owesNothing: "{organization} ne doit rien à {person} au titre des répartitions.",
    owesNothingNow: "{organization} ne doit plus rien à {person} : tout a été versé.",
    payAtMost: "{organization} doit {owed} {currency} à {person} : versez au plus ce montant.",
    bankTooLow: "Le compte bancaire contient {held} {currency}, moins que {amount} : il ne peut pas passer sous zéro.",
  },
);
