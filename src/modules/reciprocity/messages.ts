import { defineMessages } from "../../text/messages.ts";

/**
 * The reciprocity module's texts for people (problem details, field messages, compliance
 * explanations). The `licence…` keys are the platform's own words about licences (commons/licences.ts):
 * the explanations, obligations and clause summaries, found by their English text (compliance.ts). The
 * clauses quoted from a licence itself (the Peer Production License's §3, §4(c), §4(d)) are its legal
 * text, whose authoritative version is English: they are shown as written and have no key here.
 */
export const t = defineMessages(
  "reciprocity",
  {
    // Things that may be missing.
    declaredUse: "The declared use",
    agreement: "The agreement",
    invoice: "The invoice",

    // Declared uses.
    product: "Say what you build on it.",
    useExists: "This enterprise has already declared its use of this commons: update that declaration instead.",
    usesEnterpriseOnly: "Only enterprises declare uses.",
    useDates: "A use cannot end before it began.",
    declareUseForbidden: "Only the enterprise's stewards or treasurers can declare its uses.",

    // An agreement's terms.
    revenueShareFormat: 'Give the share as a percentage such as "2.5", with at most two decimals.',
    revenueShareRange: "The share must be more than 0% and at most 100%.",
    pledgeNumber: "Give the pledge as a number of hours.",
    pledgePositive: "The pledge must be more than zero hours.",
    pledgeMax: "Pledge at most 16,666 hours a period.",
    pledgeMinute: "Pledge at least one minute.",
    wholeDays: "Whole days.",
    atLeastDays: "At least 0 days.",
    atMostDays: "At most 365 days.",
    setTerms: "Set a fixed fee, a revenue share or a pledge of hours: at least one.",
    keepTerms: "Keep a fixed fee, a revenue share or a pledge of hours: at least one.",
    startOnCalendarPeriod:
      "Periods are calendar {period, select, month {months} quarter {quarters} year {years} other {{period}s}}: start on the first day of one.",
    startOnPeriod:
      "Periods are {period, select, month {a calendar month} quarter {a calendar quarter} other {a calendar year}}: start on the first day of one.",
    endOnPeriod:
      "Periods are {period, select, month {a calendar month} quarter {a calendar quarter} other {a calendar year}}: end on the last day of one.",
    giveStartOfPeriod:
      "Periods are {period, select, month {a calendar month} quarter {a calendar quarter} other {a calendar year}}: give the first day of one.",

    // Agreements.
    agreementOverlap: "An agreement for this use is already offered or in force over these dates: end it, or start after it ends.",
    agreementSteward: "Agreements are made with the association that stewards the commons.",
    agreementEnterprise: "Agreements are made by enterprises.",
    agreementFixed: "This agreement is in force: its terms are fixed. End it and offer a new one.",
    agreementFinal: "This agreement was declined or has ended; it no longer changes.",
    endBeforeStart: "An agreement cannot end before it starts.",
    noSteward: "{commons} has no steward association to make agreements with: its community names one on the commons' settings first.",
    agreementIs:
      "This agreement is {status, select, active {already in force} proposed {proposed} declined {declined} ended {ended} other {{status}}}.",
    withdrawNoEndDate: "An offer not yet answered is withdrawn at once, without an end date.",
    invoicedUpTo: "A period up to {day} is already invoiced: end on or after it.",
    offerForSide: "Only the {side, select, association {association} other {enterprise}}'s stewards or treasurers can offer for it.",
    offerForbidden: "Only the enterprise's or the steward association's stewards or treasurers can offer an agreement.",
    bothSides: "You govern both sides: say which side you offer for.",
    ownOffer:
      "Your side made this offer: the {side, select, association {association} other {enterprise}}'s stewards or treasurers answer it.",
    answerForbidden:
      "Only the {side, select, association {association} other {enterprise}}'s stewards or treasurers can answer this offer.",
    reviseForbidden:
      "Only the {side, select, association {association} other {enterprise}}'s stewards or treasurers can change this offer.",
    endForbidden: "Only the enterprise's or the association's stewards or treasurers can end this agreement.",

    // Invoices.
    periodInvoiced: "This period has already been invoiced.",
    invoiceAgreement: "Invoices are raised on agreements in force, for periods they cover.",
    invoiceAmount: "The amount would pass 10^15 minor units.",
    invoiceFinal: "This invoice is already settled.",
    invoicesInForce: "Invoices are raised on agreements in force.",
    notCovered: "The agreement covers {start} to {end}, not this period.",
    notCoveredOpen: "The agreement covers {start} to its end, not this period.",
    periodNotEnded: "This period has not ended yet: its invoice can be raised from {day}.",
    declareRevenue: "This agreement takes a share of revenue: declare the period's revenue from the product.",
    noRevenue: "This agreement takes no share of revenue: leave the revenue out.",
    invoiceAlready: "This invoice is already {status, select, paid {paid} void {void} open {open} other {{status}}}.",
    revenueNumber: "Give the revenue as a whole number of minor units.",
    revenueFraction: "Give the revenue as a whole number of minor units, not a fraction.",
    revenueNegative: "Revenue cannot be negative.",
    revenueMax: "At most 10^15 minor units.",
    raiseSharesRevenue: "This agreement takes a share of revenue: the enterprise's treasurers raise its invoices by declaring it.",
    raiseForbidden: "Only the enterprise's or the association's treasurers can raise invoices.",
    booksClosedParty:
      "{organization} has not opened its books, where this invoice is posted as {side, select, enterprise {a bill to pay} other {a receivable}}: " +
      "one of its stewards or treasurers opens them on its Treasury page, choosing a currency. {organization}'s members have been told.",
    booksClosed: "{parties} The invoice can be raised once they are open.",

    // Who pays.
    payNamed: "You are not {enterprise}'s treasurer: only its treasurers pay its invoices, from its books. {treasurers} can pay this one.",
    payNoTreasurer: "You are not {enterprise}'s treasurer: only its treasurers pay its invoices, from its books.{noTreasurer}",
    payAssociationMember: "Only {association}'s treasurers record a payment received, and {enterprise}'s treasurers pay it.",
    payOutsider: "Only {enterprise}'s treasurers pay this invoice, or {association}'s record it received.",

    // Compliance: how a use stands, after the licence's own explanation.
    notFree: "The {licence} does not say this use is free.",
    seeLicence: "See the {licence}.",
    clauseLicence: "Licence",
    inArrears:
      "{because} A reciprocity agreement is in force, but {count, plural, one {# invoice is} other {# invoices are}} past due: {amounts} in arrears.",
    freeAgreementToo: "{because} A reciprocity agreement is in force as well, by choice.",
    agreementPermits: "{because} A reciprocity agreement with the commons' steward association is in force, which permits this use.",
    agreementNeeded: "{because} No agreement is in force yet: the enterprise and the commons' steward association need to make one.",

    // The platform's words about licences (commons/licences.ts), by their English text.
  },
  {
    declaredUse: "Usage déclaré",
    agreement: "Accord",
    invoice: "Facture",

    product: "Indiquez ce que vous construisez dessus.",
    useExists: "Cette entreprise a déjà déclaré son usage de ce commun : mettez plutôt cette déclaration à jour.",
    usesEnterpriseOnly: "Seules les entreprises déclarent des usages.",
    useDates: "Un usage ne peut pas prendre fin avant d’avoir commencé.",
    declareUseForbidden: "Seul·es les intendant·es ou trésorier·ères de l’entreprise peuvent déclarer ses usages.",

    revenueShareFormat: "Indiquez la part en pourcentage, par exemple « 2.5 », avec deux décimales au plus.",
    revenueShareRange: "La part doit être supérieure à 0 % et d’au plus 100 %.",
    pledgeNumber: "Indiquez l’engagement en nombre d’heures.",
    pledgePositive: "L’engagement doit être supérieur à zéro heure.",
    pledgeMax: "Engagez au plus 16 666 heures par période.",
    pledgeMinute: "Engagez au moins une minute.",
    wholeDays: "Un nombre entier de jours.",
    atLeastDays: "Au moins 0 jour.",
    atMostDays: "Au plus 365 jours.",
    setTerms: "Indiquez au moins un montant fixe, une part du chiffre d’affaires ou un engagement en heures.",
    keepTerms: "Conservez au moins un montant fixe, une part du chiffre d’affaires ou un engagement en heures.",
    startOnCalendarPeriod:
      "Les périodes sont des {period, select, month {mois civils} quarter {trimestres civils} year {années civiles} other {périodes « {period} »}} : commencez le premier jour de l’une d’elles.",
    startOnPeriod:
      "Chaque période est {period, select, month {un mois civil} quarter {un trimestre civil} other {une année civile}} : commencez le premier jour d’une période.",
    endOnPeriod:
      "Chaque période est {period, select, month {un mois civil} quarter {un trimestre civil} other {une année civile}} : terminez le dernier jour d’une période.",
    giveStartOfPeriod:
      "Chaque période est {period, select, month {un mois civil} quarter {un trimestre civil} other {une année civile}} : indiquez le premier jour d’une période.",

    agreementOverlap: "Un accord pour cet usage est déjà proposé ou en vigueur sur ces dates : mettez-y fin, ou commencez après sa fin.",
    agreementSteward: "Les accords se concluent avec l’association intendante du commun.",
    agreementEnterprise: "Ce sont des entreprises qui concluent les accords.",
    agreementFixed: "Cet accord est en vigueur : ses conditions sont figées. Mettez-y fin et proposez-en un nouveau.",
    agreementFinal: "Cet accord a été refusé ou a pris fin ; il ne change plus.",
    endBeforeStart: "Un accord ne peut pas prendre fin avant d’avoir commencé.",
    noSteward:
      "{commons} n’a pas d’association intendante avec qui conclure des accords : sa communauté doit d’abord en désigner une dans les paramètres du commun.",
    agreementIs:
      "Cet accord est {status, select, active {déjà en vigueur} proposed {proposé} declined {refusé} ended {terminé} other {{status}}}.",
    withdrawNoEndDate: "Une proposition encore sans réponse est retirée immédiatement, sans date de fin.",
    invoicedUpTo: "Une période allant jusqu’au {day} est déjà facturée : terminez à cette date ou après.",
    offerForSide:
      "Seul·es les intendant·es ou trésorier·ères {side, select, association {de l’association} other {de l’entreprise}} peuvent faire une proposition en son nom.",
    offerForbidden: "Seul·es les intendant·es ou trésorier·ères de l’entreprise ou de l’association intendante peuvent proposer un accord.",
    bothSides: "Vous gouvernez les deux parties : indiquez au nom de laquelle vous faites la proposition.",
    ownOffer:
      "Cette proposition vient de votre côté : ce sont les intendant·es ou trésorier·ères {side, select, association {de l’association} other {de l’entreprise}} qui y répondent.",
    answerForbidden:
      "Seul·es les intendant·es ou trésorier·ères {side, select, association {de l’association} other {de l’entreprise}} peuvent répondre à cette proposition.",
    reviseForbidden:
      "Seul·es les intendant·es ou trésorier·ères {side, select, association {de l’association} other {de l’entreprise}} peuvent modifier cette proposition.",
    endForbidden: "Seul·es les intendant·es ou trésorier·ères de l’entreprise ou de l’association peuvent mettre fin à cet accord.",

    periodInvoiced: "Cette période a déjà été facturée.",
    invoiceAgreement: "Les factures sont émises sur des accords en vigueur, pour les périodes qu’ils couvrent.",
    invoiceAmount: "Le montant dépasserait 10^15 unités mineures.",
    invoiceFinal: "Cette facture est déjà réglée.",
    invoicesInForce: "Les factures sont émises sur des accords en vigueur.",
    notCovered: "L’accord couvre la période du {start} au {end}, pas celle-ci.",
    notCoveredOpen: "L’accord couvre la période du {start} jusqu’à sa fin, pas celle-ci.",
    periodNotEnded: "Cette période n’est pas encore terminée : sa facture pourra être émise à partir du {day}.",
    declareRevenue: "Cet accord prévoit une part du chiffre d’affaires : déclarez le chiffre d’affaires du produit sur la période.",
    noRevenue: "Cet accord ne prévoit aucune part du chiffre d’affaires : ne renseignez pas de chiffre d’affaires.",
    invoiceAlready: "Cette facture est déjà {status, select, paid {payée} void {annulée} open {ouverte} other {{status}}}.",
    revenueNumber: "Indiquez le chiffre d’affaires en nombre entier d’unités mineures.",
    revenueFraction: "Indiquez le chiffre d’affaires en nombre entier d’unités mineures, sans fraction.",
    revenueNegative: "Le chiffre d’affaires ne peut pas être négatif.",
    revenueMax: "Au plus 10^15 unités mineures.",
    raiseSharesRevenue:
      "Cet accord prévoit une part du chiffre d’affaires : ce sont les trésorier·ères de l’entreprise qui émettent ses factures, en le déclarant.",
    raiseForbidden: "Seul·es les trésorier·ères de l’entreprise ou de l’association peuvent émettre des factures.",
    booksClosedParty:
      "{organization} n’a pas ouvert ses comptes, où cette facture s’inscrit comme {side, select, enterprise {facture à payer} other {créance}} : " +
      "l’un·e de ses intendant·es ou trésorier·ères les ouvre depuis sa page Trésorerie, en choisissant une devise. Les membres de {organization} ont été prévenu·es.",
    booksClosed: "{parties} La facture pourra être émise une fois les comptes ouverts.",

    payNamed:
      "Vous n’êtes pas trésorier·ère de {enterprise} : seul·es ses trésorier·ères paient ses factures, depuis ses comptes. {treasurers} peut payer celle-ci.",
    payNoTreasurer:
      "Vous n’êtes pas trésorier·ère de {enterprise} : seul·es ses trésorier·ères paient ses factures, depuis ses comptes.{noTreasurer}",
    payAssociationMember:
      "Seul·es les trésorier·ères de {association} enregistrent un paiement reçu, et ce sont les trésorier·ères de {enterprise} qui le paient.",
    payOutsider:
      "Seul·es les trésorier·ères de {enterprise} paient cette facture, ou ceux et celles de {association} en enregistrent la réception.",

    notFree: "La licence {licence} ne prévoit pas que cet usage soit libre.",
    seeLicence: "Voir la licence {licence}.",
    clauseLicence: "Licence",
    inArrears:
      "{because} Un accord de réciprocité est en vigueur, mais {count, plural, one {# facture a dépassé son échéance} other {# factures ont dépassé leur échéance}} : {amounts} d’impayés.",
    freeAgreementToo: "{because} Un accord de réciprocité est également en vigueur, par choix.",
    agreementPermits: "{because} Un accord de réciprocité avec l’association intendante du commun est en vigueur et autorise cet usage.",
    agreementNeeded:
      "{because} Aucun accord n’est encore en vigueur : l’entreprise et l’association intendante du commun doivent en conclure un.",
  },
);
