import { defineMessages } from "../../text/messages.ts";

/** The discussions module's texts for people (problem details, field messages). */
export const t = defineMessages(
  "discussions",
  {
    writeSomething: "Write something.",
    threadTitle: "A thread on a commons or a document needs a title.",
    hideReason: "Say why; the reason is shown in the comment's place.",
    subjectTogether: "Give subjectType and subjectId together.",
    subjectOrCommons: "Name a subject (subjectType and subjectId) or a commons.",
    noSubject:
      "There is no {type, select, commons {commons} document {document} contribution {contribution} need {need} proposal {proposal} other {{type}}} with this id.",
    moderatorsOnly: "Only this discussion's moderators can hide or restore comments.",
    authorOnly: "Only its author can edit a comment.",
    thread: "The thread",
    comment: "The comment",
    hiddenVersions: "This comment is hidden, and its earlier versions with it.",
    hiddenNoEdit: "A hidden comment cannot be edited.",
    alreadyHidden: "This comment is already hidden.",
    notHidden: "This comment is not hidden.",
  },
  {
    writeSomething: "Écrivez quelque chose.",
    threadTitle: "Une discussion sur un commun ou un document doit avoir un titre.",
    hideReason: "Dites pourquoi ; la raison s’affiche à la place du commentaire.",
    subjectTogether: "Indiquez subjectType et subjectId ensemble.",
    subjectOrCommons: "Indiquez un sujet (subjectType et subjectId) ou un commun.",
    noSubject:
      "{type, select, commons {Aucun commun ne porte} document {Aucun document ne porte} contribution {Aucune contribution ne porte} need {Aucun besoin ne porte} proposal {Aucune proposition ne porte} other {Rien de type {type} ne porte}} cet identifiant.",
    moderatorsOnly: "Seuls les modérateurs de cette discussion peuvent masquer ou rétablir des commentaires.",
    authorOnly: "Seul l’auteur ou l’autrice d’un commentaire peut le modifier.",
    thread: "Discussion",
    comment: "Commentaire",
    hiddenVersions: "Ce commentaire est masqué, et ses versions précédentes avec lui.",
    hiddenNoEdit: "Un commentaire masqué ne peut pas être modifié.",
    alreadyHidden: "Ce commentaire est déjà masqué.",
    notHidden: "Ce commentaire n’est pas masqué.",
  },
);
