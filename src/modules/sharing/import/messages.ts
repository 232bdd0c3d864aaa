import { defineMessages } from "../../../text/messages.ts";

/** Why an imported catalogue (`triarchy import resources`) is refused: each reason is shown with its row and column. */
export const t = defineMessages(
  "sharing-import",
  {
    // The mapping of the file's columns onto the fields.
    mapEntry: "Write each mapping as field=Column header, separated by commas; got {entry}.",
    unknownField: "{field} is not a field that can be imported; the fields are {fields}.",
    fieldTwice: "{field} is mapped twice.",
    delimiter: "The delimiter must be one character, or tab.",
    unreadable: "Cannot read {file}: {reason}.",
    noHeader: "The file is empty: it has no header row.",
    fieldUnmapped: "No column gives the {field}, which every row needs: map it to one of the file’s columns.",
    noSuchColumn: "The file has no such column (it was named for the {field}).",
    malformed: "The file is not valid CSV here: {reason}",
    tooManyCells: "This row has {cells} cells, more than the {columns} columns of the header.",

    // A row's cells.
    required: "This is empty, and every row needs it.",
    oneOf: "Use one of: {values}.",
    price: "Write the price as a number with a dot before the decimals, such as 129.90.",
    priceDigits: "{value} has more decimal places than {currency} has ({digits}), so it cannot be kept exactly.",
    priceTooLarge: "Use a price of at most {max}.",
    unknownCategory: "There is no category {value}: use a category’s slug or name.",
    lentNeedsOwner: "A lent unit needs its owner: give their handle.",
    ownerOnlyWhenLent: "Only a lent unit has an owner other than the library.",

    // Rows against each other and against the library.
    differs: "Row {row} gives this resource another value ({value}): the rows of one resource must agree.",
    slugTwice: "Row {row} already gives the address {slug} to another resource.",
    codeTwice: "Row {row} already has the code {code} for this resource.",
    codeTaken: "The resource {slug} already has a unit with the code {code}.",
    unknownOwner: "Nobody here has the handle {handle}.",
    changedMeanwhile: "The catalogue changed while this file was imported ({what}); nothing was written: run the import again.",
  },
  {
    mapEntry: "Écrivez chaque correspondance sous la forme champ=En-tête de colonne, séparées par des virgules ; reçu : {entry}.",
    unknownField: "{field} n’est pas un champ importable ; les champs sont {fields}.",
    fieldTwice: "{field} est associé deux fois.",
    delimiter: "Le séparateur doit être un seul caractère, ou tab.",
    unreadable: "Impossible de lire {file} : {reason}.",
    noHeader: "Le fichier est vide : il n’a pas de ligne d’en-tête.",
    fieldUnmapped: "Aucune colonne ne donne le champ {field}, dont chaque ligne a besoin : associez-le à une colonne du fichier.",
    noSuchColumn: "Le fichier n’a pas cette colonne (nommée pour le champ {field}).",
    malformed: "Le fichier n’est pas du CSV valide à cet endroit : {reason}",
    tooManyCells: "Cette ligne a {cells} cellules, plus que les {columns} colonnes de l’en-tête.",

    required: "Cette cellule est vide, et chaque ligne en a besoin.",
    oneOf: "Utilisez l’une de ces valeurs : {values}.",
    price: "Écrivez le prix comme un nombre avec un point avant les décimales, par exemple 129.90.",
    priceDigits: "{value} a plus de décimales que {currency} n’en a ({digits}) : il ne peut pas être gardé exactement.",
    priceTooLarge: "Utilisez un prix d’au plus {max}.",
    unknownCategory: "Il n’existe pas de catégorie {value} : utilisez l’identifiant (slug) ou le nom d’une catégorie.",
    lentNeedsOwner: "Une unité prêtée a besoin de sa personne propriétaire : donnez son identifiant.",
    ownerOnlyWhenLent: "Seule une unité prêtée a une personne propriétaire autre que la bibliothèque.",

    differs: "La ligne {row} donne une autre valeur à cette ressource ({value}) : les lignes d’une même ressource doivent concorder.",
    slugTwice: "La ligne {row} donne déjà l’adresse {slug} à une autre ressource.",
    codeTwice: "La ligne {row} a déjà le code {code} pour cette ressource.",
    codeTaken: "La ressource {slug} a déjà une unité avec le code {code}.",
    unknownOwner: "Personne ici n’a l’identifiant {handle}.",
    changedMeanwhile: "Le catalogue a changé pendant l’import de ce fichier ({what}) ; rien n’a été écrit : relancez l’import.",
  },
);
