import { defineMessages } from "../../text/messages.ts";

/** The accounts module's texts for people (problem details, field messages). */
export const t = defineMessages(
  "accounts",
  {
    setupFirst: "Create the instance admin on the first-run page before anyone signs up.",
    enterPassword: "Enter your password.",
    adminOnly: "Only the instance admin can do this.",
    sessionOnly: "An API token cannot do this: sign in with your password to change it or to create tokens.",
    handleTaken: "This handle is taken.",
    emailTaken: "An account with this email already exists.",
    wrongCredentials: "The email or password is not right.",
    wrongPassword: "The current password is not right.",
    yourAccount: "Your account",
    person: "The person @{handle}",
    token: "This token",
    tooManyTokens: "You have {max} active tokens; revoke one first.",
  },
  {
    setupFirst: "Créez d’abord le compte d’administration de l’instance sur la page de mise en place, avant toute inscription.",
    enterPassword: "Saisissez votre mot de passe.",
    adminOnly: "Seule l’administration de l’instance peut faire cela.",
    sessionOnly:
      "Un jeton d’API ne peut pas faire cela : connectez-vous avec votre mot de passe pour le modifier ou pour créer des jetons.",
    handleTaken: "Cet identifiant est déjà pris.",
    emailTaken: "Un compte existe déjà avec cette adresse e-mail.",
    wrongCredentials: "L’adresse e-mail ou le mot de passe est incorrect.",
    wrongPassword: "Le mot de passe actuel est incorrect.",
    yourAccount: "Compte",
    person: "Personne @{handle}",
    token: "Jeton",
    tooManyTokens: "Vous avez {max} jetons actifs ; révoquez-en un d’abord.",
  },
);
