import { defineMessages } from "../../text/messages.ts";

/** The documents module's texts for people (problem details, field messages). */
export const t = defineMessages(
  "documents",
  {
    path: "Use 1–80 lower-case letters, digits, dots, hyphens or underscores, starting with a letter or digit.",
    revisionNumber: "Use a revision number.",
    revisionWhole: "Use a whole revision number.",
    revisionFromOne: "Revisions are numbered from 1.",
    tooLarge: "Documents are limited to {max, number} bytes; this one has {bytes, number}.",
    document: 'The document "{path}"',
    documentIn: 'The document "{path}" in "{slug}"',
    noRevision: "This document has no revision {revision}.",
    noRevisionField: "There is no revision {revision}.",
  },
  {
    path: "Utilisez de 1 à 80 lettres minuscules, chiffres, points, tirets ou tirets bas, en commençant par une lettre ou un chiffre.",
    revisionNumber: "Indiquez un numéro de révision.",
    revisionWhole: "Indiquez un numéro de révision entier.",
    revisionFromOne: "Les révisions sont numérotées à partir de 1.",
    tooLarge: "Un document est limité à {max, number} octets ; celui-ci en compte {bytes, number}.",
    document: "Document « {path} »",
    documentIn: "Document « {path} » dans « {slug} »",
    noRevision: "Ce document n’a pas de révision {revision}.",
    noRevisionField: "Il n’y a pas de révision {revision}.",
  },
);
