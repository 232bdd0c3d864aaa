import { defineMessages } from "../../text/messages.ts";

/** The commons module's texts for people (problem details, field messages). */
export const t = defineMessages(
  "commons",
  {
    commons: "This commons",
    commonsNamed: 'The commons "{slug}"',
    stewardsOnly: "Only the community's stewards can do this.",
    maintainersOnly: "Only this commons' maintainers can do this.",
    slugTaken: "This address is taken by another commons.",
    organizationSlugTaken: "This address is taken by another organization.",
    communityKind: "A commons is stewarded by a community.",
    associationKind: "The steward must be an association.",
    noOrganization: 'There is no organization at "{slug}".',
    wrongKind:
      '"{name}" is {actual, select, community {a community} association {an association} enterprise {an enterprise} public_body {a public body} other {a {actual}}}, not {expected, select, community {a community} association {an association} enterprise {an enterprise} public_body {a public body} other {a {expected}}}.',
    unknownLicence:
      "Unknown licence. Use an SPDX identifier such as CC-BY-SA-4.0 or GPL-3.0-or-later, or LicenseRef-Peer-Production-License or LicenseRef-CopyFair (GET /api/licences lists them all).",
    forkHome: "Name a community you steward, or a new community, but not both.",
  },
  {
    commons: "Commun",
    commonsNamed: "Commun « {slug} »",
    stewardsOnly: "Seuls les responsables de la communauté peuvent faire cela.",
    maintainersOnly: "Seuls les mainteneurs de ce commun peuvent faire cela.",
    slugTaken: "Cette adresse est déjà prise par un autre commun.",
    organizationSlugTaken: "Cette adresse est déjà prise par une autre organisation.",
    communityKind: "Un commun est pris en charge par une communauté.",
    associationKind: "La structure responsable doit être une association.",
    noOrganization: "Il n’y a aucune organisation à l’adresse « {slug} ».",
    wrongKind:
      "« {name} » est {actual, select, community {une communauté} association {une association} enterprise {une entreprise} public_body {un organisme public} other {de type {actual}}}, et non {expected, select, community {une communauté} association {une association} enterprise {une entreprise} public_body {un organisme public} other {de type {expected}}}.",
    unknownLicence:
      "Licence inconnue. Utilisez un identifiant SPDX comme CC-BY-SA-4.0 ou GPL-3.0-or-later, ou bien LicenseRef-Peer-Production-License ou LicenseRef-CopyFair (GET /api/licences les liste toutes).",
    forkHome: "Indiquez une communauté dont vous êtes responsable, ou une nouvelle communauté, mais pas les deux.",
  },
);
