import { defineMessages } from "../../text/messages.ts";

/** The contributions module's texts for people (problem details, field messages). */
export const t = defineMessages(
  "contributions",
  {
    hoursNumber: "Give the hours as a number.",
    hoursMin: "Log at least one minute (1/60 of an hour).",
    hoursMax: "Log at most {max, number} hours in one contribution.",
    rejectReason: "Say why, for the contributor and everyone reading.",
    periodOrder: "The period ends before it starts.",
    authorOnlyChange: "Only the author can change this proposal.",
    authorOnlyWithdraw: "Only the author can withdraw this proposal.",
    contribution: "This contribution",
    documentChange: "A document change in this contribution",
    baseRevision: "The revision this edit started from",
    noDocument: 'This commons has no document "{path}".',
    noRevision: '"{path}" has no revision {revision}.',
    sameAsBase: "Nothing to change: the proposed text is the same as the revision it starts from.",
    headAlreadyReads: "Nothing to change: revision {head}, the document's current text, already reads like this.",
    pathTaken: 'There is already a document at "{path}"; propose an edit to it instead.',
    futureWork: "The work cannot be done in the future.",
    documentChanged: "The document changed while the proposal was being made; propose it again.",
    cannotChange:
      "This proposal is {status, select, pending {pending} conflicted {conflicted} accepted {accepted} rejected {rejected} withdrawn {withdrawn} other {{status}}}; it can no longer change.",
    alreadyClosed:
      "This proposal is already {status, select, pending {pending} conflicted {conflicted} accepted {accepted} rejected {rejected} withdrawn {withdrawn} other {{status}}}.",
    noSuchField:
      "{type, select, new_document {A new document} edit {An edit} work {A work} commit {A commit} other {A {type}}} proposal has no {field}.",
    documentGone: "The document this edit was for no longer exists.",
    baseGone: "The revision this edit started from no longer exists.",
    alreadyApplied: "Nothing to change: revision {head} already reads like this proposal. Decline it, thanking its author, instead.",
    conflictsFirst: "This proposal conflicts with newer revisions; its author must update it first.",
    pathJustTaken: "A document at this path was just created; try again.",
    noUpstream: "This document was not forked from another commons; there is no upstream.",
    upstreamGone: "The origin document or the revision this fork shares with it no longer exists.",
  },
  {
    hoursNumber: "Indiquez les heures sous forme de nombre.",
    hoursMin: "Déclarez au moins une minute (1/60 d’heure).",
    hoursMax: "Déclarez au plus {max, number} heures par contribution.",
    rejectReason: "Expliquez pourquoi, pour la personne qui a contribué et pour tous ceux qui liront.",
    periodOrder: "La période se termine avant de commencer.",
    authorOnlyChange: "Seul l’auteur ou l’autrice de cette proposition peut la modifier.",
    authorOnlyWithdraw: "Seul l’auteur ou l’autrice de cette proposition peut la retirer.",
    contribution: "Contribution",
    documentChange: "Modification de document dans cette contribution",
    baseRevision: "Révision de départ de cette modification",
    noDocument: "Ce commun n’a pas de document « {path} ».",
    noRevision: "« {path} » n’a pas de révision {revision}.",
    sameAsBase: "Rien à modifier : le texte proposé est identique à celui de la révision de départ.",
    headAlreadyReads: "Rien à modifier : la révision {head}, texte actuel du document, est déjà identique.",
    pathTaken: "Il existe déjà un document à « {path} » ; proposez plutôt une modification de celui-ci.",
    futureWork: "La date du travail ne peut pas être dans le futur.",
    documentChanged: "Le document a changé pendant l’envoi de la proposition ; proposez-la à nouveau.",
    cannotChange:
      "Cette proposition est {status, select, pending {en attente} conflicted {en conflit} accepted {acceptée} rejected {refusée} withdrawn {retirée} other {{status}}} ; elle ne peut plus être modifiée.",
    alreadyClosed:
      "Cette proposition est déjà {status, select, pending {en attente} conflicted {en conflit} accepted {acceptée} rejected {refusée} withdrawn {retirée} other {{status}}}.",
    noSuchField:
      "Une proposition {type, select, new_document {de nouveau document} edit {de modification} work {de travail} commit {de commit} other {de type {type}}} n’a pas de champ {field}.",
    documentGone: "Le document visé par cette modification n’existe plus.",
    baseGone: "La révision dont partait cette modification n’existe plus.",
    alreadyApplied:
      "Rien à modifier : la révision {head} contient déjà cette proposition. Refusez-la plutôt, en remerciant la personne qui l’a faite.",
    conflictsFirst:
      "Cette proposition entre en conflit avec des révisions plus récentes ; son auteur ou son autrice doit d’abord la mettre à jour.",
    pathJustTaken: "Un document vient d’être créé à ce chemin ; réessayez.",
    noUpstream: "Ce document ne vient pas d’un fork d’un autre commun : il n’a pas d’original vers lequel proposer.",
    upstreamGone: "Le document d’origine, ou la révision que ce fork partage avec lui, n’existe plus.",
  },
);
