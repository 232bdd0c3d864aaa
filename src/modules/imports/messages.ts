import { defineMessages } from "../../text/messages.ts";

/** The imports module's texts for people (why a repository or an email map is refused). */
export const t = defineMessages(
  "imports",
  {
    // The email map (gitdm's EmailMap): each problem names its line.
    emailMapLine: "email map line {line}: {problem}",
    lineFormat: 'expected "address-or-domain  Organization [< yyyy-mm-dd]", got "{content}".',
    notDate: '"{until}" is not a date.',
    notKey: '"{key}" is neither an email address nor a domain.',
    alreadyMapped: '"{key}" is already mapped on line {earlier}.',
    alreadyMappedUntil: '"{key}" is already mapped until {until} on line {earlier}.',
    noOrganization: 'no organization is named "{name}".',
    severalOrganizations: 'several organizations are named "{name}"; use the slug of the one meant.',
    notEnterprise: '"{name}" is not an enterprise: only enterprises pay for work.',

    // The repository.
    notDirectory: "{dir} does not exist or is not a directory.",
    notRepository: "{dir} is not a git repository.",
    notRevision: '"{rev}" is not a revision.',
    emptyRepository: "{dir} is an empty git repository: it has no commits to import.",
    notCommit: 'The revision "{rev}" is not a commit in {dir}.',
    gitLogFailed: "git log failed: {reason}",
  },
  {
    emailMapLine: "email map, ligne {line} : {problem}",
    lineFormat: "attendu : « adresse-ou-domaine  Organisation [< aaaa-mm-jj] », reçu : « {content} ».",
    notDate: "« {until} » n’est pas une date.",
    notKey: "« {key} » n’est ni une adresse e-mail ni un domaine.",
    alreadyMapped: "« {key} » est déjà associé à la ligne {earlier}.",
    alreadyMappedUntil: "« {key} » est déjà associé jusqu’au {until} à la ligne {earlier}.",
    noOrganization: "aucune organisation ne s’appelle « {name} ».",
    severalOrganizations: "plusieurs organisations s’appellent « {name} » ; indiquez l’identifiant (slug) de celle que vous visez.",
    notEnterprise: "« {name} » n’est pas une entreprise : seules les entreprises rémunèrent du travail.",

    notDirectory: "{dir} n’existe pas ou n’est pas un dossier.",
    notRepository: "{dir} n’est pas un dépôt git.",
    notRevision: "« {rev} » n’est pas une révision.",
    emptyRepository: "{dir} est un dépôt git vide : il n’a aucun commit à importer.",
    notCommit: "La révision « {rev} » n’est pas un commit de {dir}.",
    gitLogFailed: "git log a échoué : {reason}",
  },
);
