import { defineMessages } from "../../text/messages.ts";

/** Texts of the emails every template shares (footers, the test message). */
export const t = defineMessages(
  "mail",
  {
    testSubject: "Test message from {instance}",
    testBody: "This message was sent by `triarchy mail test` to check that {instance} can send email. Nothing needs doing.",
    sentBecause: "You receive this because you have an account on {instance}.",
    unsubscribe: "Stop these emails",
    preferences: "Choose what reaches you",
  },
  {
    testSubject: "Message de test de {instance}",
    testBody:
      "Ce message a été envoyé par `triarchy mail test` pour vérifier que {instance} peut envoyer des emails. Il n’y a rien à faire.",
    sentBecause: "Vous recevez ce message parce que vous avez un compte sur {instance}.",
    unsubscribe: "Ne plus recevoir ces emails",
    preferences: "Choisir ce qui vous parvient",
  },
);
