import { defineMessages } from "../../text/messages.ts";

/** The texts of the account emails (verification, password reset, change of address), in English and French. */
export const t = defineMessages(
  "account-letters",
  {
    hello: "Hello {name},",
    verifySubject: "Confirm your email address on {instance}",
    verifyBody: "Please confirm that this is your email address, so that {instance} can reach you here.",
    verifyAction: "Confirm my address",
    verifyExpiry: "The link works for 48 hours, once.",
    verifyNotYou: "If you did not create an account on {instance}, ignore this message: nothing happens without the link.",
    resetSubject: "Choose a new password on {instance}",
    resetBody: "Someone asked to choose a new password for your account on {instance}.",
    resetAction: "Choose a new password",
    resetExpiry: "The link works for one hour, once. Choosing a new password signs you out everywhere.",
    resetNotYou: "If you did not ask, ignore this message: your password stays as it is.",
    changeSubject: "Confirm your new email address on {instance}",
    changeBody: "You asked to use {email} for your account on {instance}. Confirm it to make the change.",
    changeAction: "Confirm this address",
    changeExpiry: "The link works for 24 hours, once. Until you confirm, your account keeps its current address.",
    changeNotYou: "If you did not ask for this, ignore this message: the address is not changed without the link.",
    requestedSubject: "A change of your email address was asked on {instance}",
    requestedBody:
      "Someone signed in to your account on {instance} asked to use {email} instead of this address. The change happens only once it is confirmed at the new address.",
    requestedNotYou: "If this was not you, change your password now: someone knows it.",
    changedSubject: "Your email address on {instance} was changed",
    changedBody: "Your account on {instance} now uses {email}; this address will no longer receive its messages.",
    changedNotYou: "If this was not you, choose a new password at once from the sign-in page and contact the instance’s admin.",
  },
  {
    hello: "Bonjour {name},",
    verifySubject: "Confirmez votre adresse e-mail sur {instance}",
    verifyBody: "Merci de confirmer que cette adresse est bien la vôtre, pour que {instance} puisse vous y joindre.",
    verifyAction: "Confirmer mon adresse",
    verifyExpiry: "Le lien est valable 48 heures, une seule fois.",
    verifyNotYou: "Si vous n’avez pas créé de compte sur {instance}, ignorez ce message : rien ne se passe sans le lien.",
    resetSubject: "Choisissez un nouveau mot de passe sur {instance}",
    resetBody: "Quelqu’un a demandé à choisir un nouveau mot de passe pour votre compte sur {instance}.",
    resetAction: "Choisir un nouveau mot de passe",
    resetExpiry: "Le lien est valable une heure, une seule fois. Choisir un nouveau mot de passe vous déconnecte partout.",
    resetNotYou: "Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste le même.",
    changeSubject: "Confirmez votre nouvelle adresse e-mail sur {instance}",
    changeBody: "Vous avez demandé à utiliser {email} pour votre compte sur {instance}. Confirmez-la pour effectuer le changement.",
    changeAction: "Confirmer cette adresse",
    changeExpiry:
      "Le lien est valable 24 heures, une seule fois. Tant que vous n’avez pas confirmé, votre compte garde son adresse actuelle.",
    changeNotYou: "Si vous n’avez rien demandé, ignorez ce message : l’adresse ne change pas sans le lien.",
    requestedSubject: "Un changement de votre adresse e-mail a été demandé sur {instance}",
    requestedBody:
      "Une personne connectée à votre compte sur {instance} a demandé à utiliser {email} à la place de cette adresse. Le changement n’a lieu qu’une fois confirmé à la nouvelle adresse.",
    requestedNotYou: "Si ce n’était pas vous, changez votre mot de passe maintenant : quelqu’un le connaît.",
    changedSubject: "Votre adresse e-mail sur {instance} a été changée",
    changedBody: "Votre compte sur {instance} utilise désormais {email} ; cette adresse ne recevra plus ses messages.",
    changedNotYou:
      "Si ce n’était pas vous, choisissez tout de suite un nouveau mot de passe depuis la page de connexion et contactez l’administration de l’instance.",
  },
);
