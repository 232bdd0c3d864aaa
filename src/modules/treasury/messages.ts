import { defineMessages } from "../../text/messages.ts";

/** The treasury module's texts for people (problem details, field messages). */
export const t = defineMessages(
  "treasury",
  {
    // Things not found (AppError.notFound: "{what} was not found.").
    expense: "The expense",
    receipt: "The receipt",
    budget: "The budget",
    donation: "The donation",

    // Who may do what.
    membersOnly: "Only this organization's active members can submit expenses.",
    submitterOnly: "Only the person who submitted this expense, or a treasurer, can do this.",
    receiptsForMembers: "Receipts are shown to the organization's members.",
    /** Follows another sentence, hence its leading space (keepers.ts). */
    noTreasurerStep:
      " {org} has no treasurer yet: one of its stewards makes a member its treasurer, or invites someone as its treasurer, on its Members page.",

    // Paying another organization.
    noOrganization: "There is no organization {slug}.",
    payItself: "An organization cannot pay itself; post a transfer between its accounts instead.",
    overdraft:
      "{org}'s {account} ({code}) holds {held}, less than the {amount} this takes from it, and it may not go below zero. First record the money {org} has: one of its treasurers posts it into {code} (its opening balance, or income received) with “Post a transaction” under its Treasury's Transactions.{step}",

    // Expenses.
    budgetRoom: "This budget line does not have enough left for this expense.",
    budgetApproved: "Pay only from an approved budget line of this organization, in the expense's currency.",
    decisionPassed: "This expense has no passed decision behind it.",
    settled: "This expense has already been settled.",
    notEnough: "There is not enough in this account to pay it.",
    noHandle: "There is nobody with the handle {handle}.",
    expenseAccount: "Book expenses to an expense account.",
    expenseStatus:
      "This expense is {status, select, submitted {submitted} approved {approved} rejected {rejected} paid {paid} withdrawn {withdrawn} other {{status}}}.",
    receiptType: "Attach the receipt as a PDF, PNG, JPEG or WebP file.",
    receiptSize: "Receipts are limited to 5 MB.",
    receiptEmpty: "The file is empty.",
    receiptFile: "Attach the receipt as a file in the `file` field.",
    alreadyBeforeMembers: "This expense is already before the members.",
    beforeMembers: "This expense is before the members; their decision settles it.",
    noSuchLine: "There is no such budget line.",
    cancelProposalFirst: "This expense is before the members: cancel the proposal first.",
    notApproved: "This expense has not been approved: by a decision of the members, or within an approved budget line.",
    payFrom: "Pay from an asset account (or a liability, to owe it).",
    statusList: "Use {statuses}, comma-separated.",

    // Budgets.
    draftOnly: "Only a draft budget can change; this one has been put to the members.",
    notDraft:
      "This budget is {status, select, proposed {proposed} approved {approved} rejected {rejected} superseded {superseded} other {{status}}}; only a draft can be put to a vote.",

    // Income.
    donationStatus: "This donation is already {status, select, confirmed {confirmed} declined {declined} other {{status}}}.",
    intoAsset: "Money arrives in an asset account.",
    scheduleExists: "A schedule already starts on this day.",
    noSchedule: "No fee schedule was in force then.",
    periodStart: "Periods under this schedule start every {step} month(s) from {startsOn}.",
    notMember: "{member} is not a member of {org}.",
    alreadyPaid: "{name} has already paid for this period.",

    // Field rules.
    sayWhatFor: "Say what it is for.",
    memberOrSupplier: "Name a member or a supplier, not both.",
    yesNo: "Spending is decided yes or no: use majority, supermajority, consent or consensus.",
    sayWhy: "Say why.",
    nameTheLine: "Name the line.",
    expenseLines: "Budget lines are for expense accounts.",
    oneLine: "A budget needs at least one line.",
    lineNames: "Each line needs its own name.",
    periodDay: "Start periods on day 1–28, so every month has that day.",
  },
  {
    expense: "Dépense",
    receipt: "Justificatif",
    budget: "Budget",
    donation: "Don",

    membersOnly: "Seuls les membres actifs de cette organisation peuvent soumettre des dépenses.",
    submitterOnly: "Seule la personne qui a soumis cette dépense, ou un·e trésorier·ère, peut faire cela.",
    receiptsForMembers: "Les justificatifs sont visibles des membres de l’organisation.",
    noTreasurerStep:
      " {org} n’a pas encore de trésorier·ère : l’un·e de ses intendant·es nomme un·e membre trésorier·ère, ou invite quelqu’un comme trésorier·ère, depuis sa page Membres.",

    noOrganization: "Il n’existe pas d’organisation {slug}.",
    payItself: "Une organisation ne peut pas se payer elle-même ; passez plutôt une écriture de transfert entre ses comptes.",
    overdraft:
      "Le compte « {account} » ({code}) de {org} contient {held}, moins que les {amount} que cette opération y prélève, et il ne peut pas passer sous zéro. Enregistrez d’abord l’argent dont dispose {org} : l’un·e de ses trésorier·ères le passe sur {code} (son solde d’ouverture, ou des produits reçus) avec « Passer une écriture », dans l’onglet Écritures de sa Trésorerie.{step}",

    budgetRoom: "Le reste de cette ligne budgétaire ne suffit pas pour cette dépense.",
    budgetApproved: "Payez uniquement sur une ligne budgétaire approuvée de cette organisation, dans la devise de la dépense.",
    decisionPassed: "Aucune décision adoptée n’autorise cette dépense.",
    settled: "Cette dépense a déjà été réglée.",
    notEnough: "Ce compte ne contient pas assez pour la payer.",
    noHandle: "Personne n’a l’identifiant {handle}.",
    expenseAccount: "Imputez les dépenses à un compte de charges.",
    expenseStatus:
      "Cette dépense est {status, select, submitted {en attente d’approbation} approved {approuvée} rejected {refusée} paid {payée} withdrawn {retirée} other {{status}}}.",
    receiptType: "Joignez le justificatif en PDF, PNG, JPEG ou WebP.",
    receiptSize: "Les justificatifs sont limités à 5 Mo.",
    receiptEmpty: "Le fichier est vide.",
    receiptFile: "Joignez le justificatif comme fichier dans le champ `file`.",
    alreadyBeforeMembers: "Cette dépense est déjà soumise aux membres.",
    beforeMembers: "Cette dépense est soumise aux membres ; c’est leur décision qui la tranche.",
    noSuchLine: "Cette ligne budgétaire n’existe pas.",
    cancelProposalFirst: "Cette dépense est soumise aux membres : annulez d’abord la proposition.",
    notApproved: "Cette dépense n’a pas été approuvée, ni par une décision des membres, ni sur une ligne budgétaire approuvée.",
    payFrom: "Payez depuis un compte d’actif (ou de passif, pour la devoir).",
    statusList: "Utilisez {statuses}, séparés par des virgules.",

    draftOnly: "Seul un budget à l’état de brouillon peut être modifié ; celui-ci a été soumis aux membres.",
    notDraft:
      "Ce budget est {status, select, proposed {soumis aux membres} approved {approuvé} rejected {rejeté} superseded {remplacé} other {{status}}} ; seul un brouillon peut être soumis au vote.",

    donationStatus: "Ce don est déjà {status, select, confirmed {confirmé} declined {refusé} other {{status}}}.",
    intoAsset: "L’argent arrive sur un compte d’actif.",
    scheduleExists: "Un barème de cotisation commence déjà ce jour-là.",
    noSchedule: "Aucun barème de cotisation n’était en vigueur à cette date.",
    periodStart: "Avec ce barème, les périodes commencent tous les {step} mois à partir du {startsOn}.",
    notMember: "{member} n’est pas membre de {org}.",
    alreadyPaid: "{name} a déjà payé pour cette période.",

    sayWhatFor: "Indiquez à quoi elle sert.",
    memberOrSupplier: "Indiquez un·e membre ou un fournisseur, pas les deux.",
    yesNo: "Une dépense se décide par oui ou par non : choisissez la majorité, la majorité qualifiée, le consentement ou le consensus.",
    sayWhy: "Dites pourquoi.",
    nameTheLine: "Nommez la ligne.",
    expenseLines: "Les lignes budgétaires portent sur des comptes de charges.",
    oneLine: "Un budget doit compter au moins une ligne.",
    lineNames: "Chaque ligne doit avoir son propre nom.",
    periodDay: "Faites commencer les périodes entre le 1er et le 28 du mois, pour que chaque mois ait ce jour.",
  },
);
