import { defineMessages } from "../../text/messages.ts";

/** The memberships module's texts for people (problem details, field messages). */
export const t = defineMessages(
  "memberships",
  {
    alreadyMember: "You are already a member.",
    requestWaiting: "Your request to join is waiting for a steward.",
    inviteOnly: "This organization is invite-only; ask one of its stewards for an invitation.",
    keepSteward: "An organization must keep at least one steward: name another steward first.",
    lastSteward: "The last steward cannot leave: name another steward first.",
    alreadyMemberOrAsked: "You are already a member or have asked to join.",
    membershipChanged: "Your membership changed meanwhile; reload and try again.",
    nobody: "There is nobody with the handle @{handle}.",
    personAlreadyMember: "This person is already a member.",
    personAlreadyInvited: "This person is already invited.",
    membershipOf: "@{handle}'s membership of {organization}",
    noRequest: "There is no request to approve.",
    approveFirst: "Approve the request before giving a role.",
  },
  {
    alreadyMember: "Vous êtes déjà membre.",
    requestWaiting: "Votre demande d’adhésion attend la réponse d’un·e responsable.",
    inviteOnly: "Cette organisation n’accepte de membres que sur invitation ; demandez-en une à l’un de ses responsables.",
    keepSteward: "Une organisation doit toujours avoir au moins un responsable : nommez-en d’abord un autre.",
    lastSteward: "Le dernier responsable ne peut pas partir : nommez-en d’abord un autre.",
    alreadyMemberOrAsked: "Vous êtes déjà membre, ou vous avez déjà demandé à adhérer.",
    membershipChanged: "Votre adhésion a changé entre-temps ; rechargez la page et réessayez.",
    nobody: "Personne n’a l’identifiant @{handle}.",
    personAlreadyMember: "Cette personne est déjà membre.",
    personAlreadyInvited: "Cette personne est déjà invitée.",
    membershipOf: "Adhésion de @{handle} à {organization}",
    noRequest: "Il n’y a aucune demande à accepter.",
    approveFirst: "Acceptez la demande avant d’attribuer un rôle.",
  },
);
