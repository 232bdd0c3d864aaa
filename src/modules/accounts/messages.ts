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
    emailOff: "This instance sends no email, so it cannot send this link. Ask its admin.",
    verifyFirst: "Verify your email address to do this: open the link we sent you, or ask for a new one from your account page.",
    alreadyVerified: "Your email address is already verified.",
    linkInvalid: "This link is not valid, has expired or was already used. Ask for a new one.",
    linkStale: "This link was sent to an address your account no longer uses. Ask for a new one.",
    sameEmail: "This is already your email address.",
    resetSent: "If an account uses this address, we sent it a link to choose a new password. It works for one hour.",
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
    emailOff: "Cette instance n’envoie pas d’e-mails : elle ne peut donc pas envoyer ce lien. Demandez à son administration.",
    verifyFirst:
      "Vérifiez votre adresse e-mail pour faire cela : ouvrez le lien que nous vous avons envoyé, ou demandez-en un nouveau depuis la page de votre compte.",
    alreadyVerified: "Votre adresse e-mail est déjà vérifiée.",
    linkInvalid: "Ce lien n’est pas valide, a expiré ou a déjà servi. Demandez-en un nouveau.",
    linkStale: "Ce lien a été envoyé à une adresse que votre compte n’utilise plus. Demandez-en un nouveau.",
    sameEmail: "C’est déjà votre adresse e-mail.",
    resetSent:
      "Si un compte utilise cette adresse, nous lui avons envoyé un lien pour choisir un nouveau mot de passe. Il est valable une heure.",
  },
);
