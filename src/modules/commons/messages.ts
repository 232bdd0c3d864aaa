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
    // What the platform says about licences (licences.ts): rules, obligations and clause summaries.
    licencePplNonCommercial: "Non-commercial use is free for everyone under the Peer Production License.",
    licencePplInternal:
      "Internal use is free for everyone: the enterprise uses the commons itself and does not exercise the licence's rights on a market, which is what §4(c) and §4(d) restrict.",
    licencePplWorkerOwned: "Commercial use is free for a worker-owned business, which the Peer Production License allows under §4(c).",
    licencePplCooperative:
      "Commercial use is free for a cooperative that distributes all its surplus among its worker-owners, as §4(c) requires.",
    licencePplPrivate:
      "Commercial use by a privately owned business that profits from wage labour is not permitted by the Peer Production License (§4(d)) without a separate agreement with the licensor.",
    licencePplOther:
      "Commercial use is free only for worker-owned businesses or collectives that distribute all their surplus among their worker-owners (§4(c)); any other enterprise needs a separate agreement with the licensor.",
    licencePublicDomain: "The work is in the public domain: any use is free, with no conditions.",
    licencePermissive: "A permissive licence: any use is free, commercial or not; keep the licence notice with copies.",
    licenceWeakCopyleft: "A weak copyleft licence: any use is free; changes to the licensed files are shared under the same licence.",
    licenceShareAlike:
      "A share-alike licence: any use is free, commercial or not, as long as what is built from it is shared under the same licence.",
    licenceCopyfair:
      "CopyFair permits any use with attribution and share-alike; commercial users are expected to reciprocate to the commons.",
    licenceAttribution: "Credit the commons and its authors, link to the licence and say whether you changed it.",
    licenceShareAlikeObligation: "Share what you adapt from it under the same licence.",
    licenceWeakShareAlikeObligation: "Share changes to the licensed files under the same licence; your own files may stay under yours.",
    licenceCopyfairReciprocity:
      "CopyFair asks those who profit from the commons to give back to it in kind or in money, in proportion to what they take.",
    licenceWaiverRef: "Waiver",
    licenceGrantRef: "Grant",
    licenceWaiver: "The authors waived their rights in the work to the extent the law allows.",
    licencePermissiveGrant: "Permission to use, copy, modify and distribute the work, for any purpose, keeping its notices.",
    licenceWeakCopyleftGrant:
      "Permission to use, modify and distribute the work for any purpose, provided modified licensed files stay under this licence.",
    licenceShareAlikeGrant:
      "Permission to use, adapt and share the work for any purpose, provided adaptations are shared under the same licence.",
    licenceCopyfairGrant: "Permission to use, adapt and share the work, commercially or not, with attribution, under the same terms.",
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
    licencePplNonCommercial: "Sous la Peer Production License, l’usage non commercial est libre pour tout le monde.",
    licencePplInternal:
      "L’usage interne est libre pour tout le monde : l’entreprise utilise elle-même le commun et n’exerce pas sur un marché les droits que donne la licence, ce que restreignent les §4(c) et §4(d).",
    licencePplWorkerOwned:
      "L’usage commercial est libre pour une entreprise détenue par ses salarié·es, ce que la Peer Production License autorise au titre du §4(c).",
    licencePplCooperative:
      "L’usage commercial est libre pour une coopérative qui répartit tout son excédent entre ses salarié·es associé·es, comme l’exige le §4(c).",
    licencePplPrivate:
      "L’usage commercial par une entreprise privée qui tire profit du travail salarié n’est pas autorisé par la Peer Production License (§4(d)) sans un accord distinct avec le concédant.",
    licencePplOther:
      "L’usage commercial n’est libre que pour les entreprises ou collectifs détenus par leurs salarié·es qui répartissent tout leur excédent entre leurs salarié·es associé·es (§4(c)) ; toute autre entreprise a besoin d’un accord distinct avec le concédant.",
    licencePublicDomain: "L’œuvre est dans le domaine public : tout usage est libre, sans condition.",
    licencePermissive:
      "Une licence permissive : tout usage est libre, commercial ou non ; conservez la mention de la licence avec les copies.",
    licenceWeakCopyleft:
      "Une licence à copyleft faible : tout usage est libre ; les modifications des fichiers sous licence sont partagées sous la même licence.",
    licenceShareAlike:
      "Une licence de partage à l’identique : tout usage est libre, commercial ou non, tant que ce qui en est tiré est partagé sous la même licence.",
    licenceCopyfair:
      "CopyFair autorise tout usage, avec attribution et partage à l’identique ; ceux qui en font un usage commercial sont censés contribuer en retour au commun.",
    licenceAttribution: "Citez le commun et ses auteur·rices, donnez un lien vers la licence et indiquez si vous l’avez modifié.",
    licenceShareAlikeObligation: "Partagez ce que vous en adaptez sous la même licence.",
    licenceWeakShareAlikeObligation:
      "Partagez vos modifications des fichiers sous licence sous cette même licence ; vos propres fichiers peuvent rester sous la vôtre.",
    licenceCopyfairReciprocity:
      "CopyFair demande à celles et ceux qui tirent profit du commun de lui rendre en nature ou en argent, en proportion de ce qu’ils en retirent.",
    licenceWaiverRef: "Renonciation",
    licenceGrantRef: "Concession",
    licenceWaiver: "Les auteur·rices ont renoncé à leurs droits sur l’œuvre dans toute la mesure permise par la loi.",
    licencePermissiveGrant:
      "Autorisation d’utiliser, de copier, de modifier et de distribuer l’œuvre, à toute fin, en conservant ses mentions.",
    licenceWeakCopyleftGrant:
      "Autorisation d’utiliser, de modifier et de distribuer l’œuvre à toute fin, à condition que les fichiers sous licence modifiés restent sous cette licence.",
    licenceShareAlikeGrant:
      "Autorisation d’utiliser, d’adapter et de partager l’œuvre à toute fin, à condition que les adaptations soient partagées sous la même licence.",
    licenceCopyfairGrant:
      "Autorisation d’utiliser, d’adapter et de partager l’œuvre, commercialement ou non, avec attribution, aux mêmes conditions.",
  },
);
