import { defineMessages } from "../../text/messages.ts";

/** The federation module's texts for people (problem details, field messages). */
export const t = defineMessages(
  "federation",
  {
    federation: "Federation",
    block: "The block",
    follower: "The remote follower",
    blockTarget: "Give a host (other.example) or an actor's address (https://other.example/users/name).",
    blocked: "{handle} is blocked on this instance.",
    handleForm: "Write a handle as @name@instance.example.",
    nobodyThere: "Nobody answers to {handle}: check the name and the instance.",
    notAnActor: "{handle} is not someone or a group that can be followed.",
    ownInstance: "{handle} is on this instance: follow them here.",
    notFollowing: "You do not follow {handle}.",
    unreachable: "The instance of {handle} did not answer. Try again later.",
    unknownPost: "This post has not reached this instance.",
  },
  {
    federation: "La fédération",
    block: "Le blocage",
    follower: "L’abonné distant",
    blockTarget: "Donnez un hôte (autre.exemple) ou l’adresse d’un acteur (https://autre.exemple/users/nom).",
    blocked: "{handle} est bloqué sur cette instance.",
    handleForm: "Écrivez un identifiant sous la forme @nom@instance.exemple.",
    nobodyThere: "Personne ne répond à {handle} : vérifiez le nom et l’instance.",
    notAnActor: "{handle} n’est ni une personne ni un groupe que l’on peut suivre.",
    ownInstance: "{handle} est sur cette instance : suivez-le ici.",
    notFollowing: "Vous ne suivez pas {handle}.",
    unreachable: "L’instance de {handle} n’a pas répondu. Réessayez plus tard.",
    unknownPost: "Cette publication n’est pas parvenue à cette instance.",
  },
);
