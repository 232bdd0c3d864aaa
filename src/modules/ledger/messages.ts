import { defineMessages } from "../../text/messages.ts";

/**
 * The ledger module's texts for people (problem details, field messages, the findings of `ledger
 * verify`), and the names of the default chart of accounts, which are written into the books in the
 * language of the request that opens them (books.ts).
 */
export const t = defineMessages(
  "ledger",
  {
    // The default chart of accounts (books.ts, DEFAULT_ACCOUNTS).
    accountBank: "Bank account",
    accountCash: "Cash",
    accountReceivable: "Receivables",
    accountPayable: "Bills to pay",
    accountReimbursements: "Owed to members",
    accountContributorPool: "Held for contributors",
    accountOpeningBalances: "Opening balances",
    accountRetainedSurplus: "Retained surplus",
    accountDonations: "Donations",
    accountMembershipFees: "Membership fees",
    accountSponsorships: "Sponsorships",
    accountGrants: "Grants",
    accountReciprocity: "Reciprocity",
    accountOtherIncome: "Other income",
    accountInfrastructure: "Infrastructure",
    accountOperations: "Operations",
    accountEvents: "Events",
    accountContributors: "Paid to contributors",
    accountSponsorshipsGiven: "Sponsorships given",
    accountReciprocityPaid: "Reciprocity paid",
    accountGrantsGiven: "Grants given",
    accountBankFees: "Bank fees",

    // Things not found (AppError.notFound: "{what} was not found.").
    transaction: "The transaction",
    organization: 'The organization "{slug}"',
    transactionOrganization: "The organization of this transaction",

    // Opening the books, accounts.
    booksNotOpen:
      "{org} has not opened its books yet: one of its stewards or treasurers opens them on its Treasury page, choosing a currency.",
    booksAlreadyOpen: "The books are already open.",
    noAccount: "There is no account {code} in these books.",
    currencyNotHeld: "{code} holds {held}, not {currency}.",
    accountExists: "These books already have this account.",
    nothingToExport: "{org} has not opened its books yet, so there is nothing to export.",
    nothingToVerify: "{org} has not opened its books yet, so there is nothing to verify.",

    // Who may keep the books.
    treasurersOnly: "Only this organization's treasurers can do this.",
    openBooksForbidden: "Only this organization's stewards or treasurers can open its books.",

    // Posting.
    floor: "This would take an account that may not go negative below zero.",
    currencyHeld: "An account does not hold this currency.",
    sameBook: "Every account must be in these books.",
    balanced: "The postings must sum to zero in every currency.",
    unbalanced: "The postings must sum to zero in every currency; {off}.",
    offBy: "{currency} is off by {amount} minor units",
    alreadyReversed: "This transaction has already been reversed.",
    twoPostings: "A transaction needs at least two postings.",
    booksChanged: "These books changed while the entry was being posted; post it again.",
    reversalOfReversal: "This entry is itself a reversal; post a new entry instead.",

    // Field rules.
    accountCode:
      "Use an account name such as expenses:hosting: a type (assets, liabilities, equity, income, expenses), then one to three lower-case parts, separated by colons.",
    sayWhatItIs: "Say what it is.",
    sayWhy: "Say why.",
    currency: "Use an ISO 4217 currency code, such as EUR or USD.",
    amountWholeCents: "Give the amount as a whole number of minor units (cents for EUR).",
    amountNoFractionCents: "Give the amount as a whole number of minor units (cents for EUR), not a fraction.",
    amountPositive: "The amount must be more than zero.",
    amountMax: "The amount must be at most 10^15 minor units.",
    amountWhole: "Give the amount as a whole number of minor units.",
    amountNoFraction: "Give the amount as a whole number of minor units, not a fraction.",
    postingZero: "A posting cannot be zero.",
    month: "Use a month as YYYY-MM.",
    startBeforeEnd: "Start no later than the end.",

    // What `ledger verify` finds (verify.ts). Counts stay unformatted ({n} inside the plural).
    entry: "Entry {seq} ({id})",
    entryWithoutNumber: "Transaction {id}",
    nothing: "nothing",
    none: "none",
    tooFewPostings: "{entry} has {n, plural, other {{n} posting(s)}}; a transaction needs at least two.",
    notBalanced: "{entry} does not balance in {currency}: its postings sum to {sum}.",
    otherBooksAccount: "{entry} posts to {code}, an account of other books.",
    missingAccount: "{entry} posts to an account that does not exist ({account}).",
    unheldCurrency: "{entry} posts {currency} to {code}, which holds only {held}.",
    noKeptBalance: "{account} has no kept balance in {currency}, but its {n, plural, other {{n} posting(s)}} sum to {sum}.",
    noPostings:
      "{account} has a kept balance of {kept} ({n, plural, other {{n} posting(s)}}) in {currency}, but no postings in {currency}.",
    keptBalanceDiffers:
      "{account}'s kept balance in {currency} is {kept} over {keptN, plural, other {{keptN} posting(s)}}, but its {actualN, plural, other {{actualN} posting(s)}} sum to {actual}.",
    staleFloor: "{code} may go negative, but its {currency} balance still refuses to (a stale floor).",
    missingFloor: "{code} may not go negative, but its {currency} balance does not enforce it (floor {floor}, should be {expected}).",
    negativeBalance: "{code} may not go negative, but its postings in {currency} leave it at {balance}.",
    monthlySum:
      "The monthly sum for {account} in {month} ({kind}, {counterpartyKind}, {currency}) is kept as {kept} over {keptN, plural, other {{keptN} posting(s)}}, but the postings sum to {actual} over {actualN}.",
    badReversal:
      "{entry} {problem, select, missing {reverses {original}, which does not exist} book {reverses {original}, an entry in other books} of_reversal {reverses {original}, which is itself a reversal} kind {reverses {original} but differs from it in kind or counterparty kind} postings {reverses {original} but its postings are not the original's, negated (same accounts and currencies, opposite amounts)} other {is not a faithful reversal}}.",
    transferLegs:
      "Transfer {transfer} has {n, plural, one {{n} entry} other {{n} entries}} in {books, plural, other {{books} book(s)}}; it needs exactly two, one in each organization's books.",
    transferAmounts: "The two entries of transfer {transfer} move different amounts.",
    paidExpense:
      "Paid expense {id} ({amount}): {problem, select, missing {its transaction does not exist} kind {its transaction is a {kind}, not an expense} book {its transaction is in other books} shared {its transaction also records another expense} amount {its transaction does not charge {amount} to the expense's account and nothing else} other {its transaction does not match it}}.",
    confirmedDonation:
      "Confirmed donation {id} ({amount}): {problem, select, missing {its transaction does not exist} kind {its transaction is a {kind}, not a donation} book {its transaction is in other books} shared {its transaction also records another donation} amount {its transaction does not bring in {amount}} other {its transaction does not match it}}.",
    membershipFee:
      "Membership fee {id}: {problem, select, missing {its transaction does not exist} kind {its transaction is a {kind}, not a membership fee} other {its transaction is in other books}}.",
    moreFindings: "There are more {check} problems; only the first {limit} are listed.",
  },
  {
    accountBank: "Compte bancaire",
    accountCash: "Caisse",
    accountReceivable: "Créances",
    accountPayable: "Factures à payer",
    accountReimbursements: "Dû aux membres",
    accountContributorPool: "Réservé aux contributeur·ices",
    accountOpeningBalances: "Soldes d’ouverture",
    accountRetainedSurplus: "Excédents conservés",
    accountDonations: "Dons",
    accountMembershipFees: "Cotisations",
    accountSponsorships: "Parrainages",
    accountGrants: "Subventions",
    accountReciprocity: "Réciprocité",
    accountOtherIncome: "Autres produits",
    accountInfrastructure: "Infrastructure",
    accountOperations: "Fonctionnement",
    accountEvents: "Événements",
    accountContributors: "Versé aux contributeur·ices",
    accountSponsorshipsGiven: "Parrainages accordés",
    accountReciprocityPaid: "Réciprocité versée",
    accountGrantsGiven: "Subventions accordées",
    accountBankFees: "Frais bancaires",

    transaction: "Écriture",
    organization: "Organisation « {slug} »",
    transactionOrganization: "Organisation de cette écriture",

    booksNotOpen:
      "{org} n’a pas encore ouvert ses comptes : l’un·e de ses intendant·es ou trésorier·ères les ouvre depuis sa page Trésorerie, en choisissant une devise.",
    booksAlreadyOpen: "Les comptes sont déjà ouverts.",
    noAccount: "Cette comptabilité n’a pas de compte {code}.",
    currencyNotHeld: "{code} est tenu en {held}, pas en {currency}.",
    accountExists: "Cette comptabilité a déjà ce compte.",
    nothingToExport: "{org} n’a pas encore ouvert ses comptes : il n’y a donc rien à exporter.",
    nothingToVerify: "{org} n’a pas encore ouvert ses comptes : il n’y a donc rien à vérifier.",

    treasurersOnly: "Seul·es les trésorier·ères de cette organisation peuvent faire cela.",
    openBooksForbidden: "Seul·es les intendant·es ou les trésorier·ères de cette organisation peuvent ouvrir ses comptes.",

    floor: "Cela ferait passer sous zéro un compte qui ne peut pas être négatif.",
    currencyHeld: "Un compte n’est pas tenu dans cette devise.",
    sameBook: "Tous les comptes doivent appartenir à cette comptabilité.",
    balanced: "La somme des lignes d’écriture doit être nulle dans chaque devise.",
    unbalanced: "La somme des lignes d’écriture doit être nulle dans chaque devise ; {off}.",
    offBy: "écart de {amount} unités mineures en {currency}",
    alreadyReversed: "Cette écriture a déjà été contre-passée.",
    twoPostings: "Une écriture doit compter au moins deux lignes.",
    booksChanged: "Les comptes ont changé pendant l’enregistrement de l’écriture ; passez-la de nouveau.",
    reversalOfReversal: "Cette écriture est elle-même une contre-passation ; passez plutôt une nouvelle écriture.",

    accountCode:
      "Utilisez un nom de compte comme expenses:hosting : un type (assets, liabilities, equity, income, expenses), puis une à trois parties en minuscules, séparées par des deux-points.",
    sayWhatItIs: "Indiquez de quoi il s’agit.",
    sayWhy: "Dites pourquoi.",
    currency: "Utilisez un code de devise ISO 4217, comme EUR ou USD.",
    amountWholeCents: "Indiquez le montant en nombre entier d’unités mineures (centimes pour l’euro).",
    amountNoFractionCents: "Indiquez le montant en nombre entier d’unités mineures (centimes pour l’euro), sans décimales.",
    amountPositive: "Le montant doit être supérieur à zéro.",
    amountMax: "Le montant ne peut pas dépasser 10^15 unités mineures.",
    amountWhole: "Indiquez le montant en nombre entier d’unités mineures.",
    amountNoFraction: "Indiquez le montant en nombre entier d’unités mineures, sans décimales.",
    postingZero: "Une ligne d’écriture ne peut pas être nulle.",
    month: "Utilisez un mois au format AAAA-MM.",
    startBeforeEnd: "Le début ne peut pas être postérieur à la fin.",

    entry: "Écriture {seq} ({id})",
    entryWithoutNumber: "Écriture {id}",
    nothing: "rien",
    none: "aucun",
    tooFewPostings: "{entry} compte {n, plural, one {{n} ligne} other {{n} lignes}} ; une écriture doit en compter au moins deux.",
    notBalanced: "{entry} n’est pas équilibrée en {currency} : ses lignes totalisent {sum}.",
    otherBooksAccount: "{entry} porte sur {code}, un compte d’une autre comptabilité.",
    missingAccount: "{entry} porte sur un compte qui n’existe pas ({account}).",
    unheldCurrency: "{entry} inscrit un montant en {currency} sur {code}, qui n’est tenu qu’en {held}.",
    noKeptBalance:
      "{account} n’a pas de solde tenu en {currency}, mais {n, plural, one {{n} ligne totalise} other {ses {n} lignes totalisent}} {sum}.",
    noPostings:
      "{account} a un solde tenu de {kept} ({n, plural, one {{n} ligne} other {{n} lignes}}) en {currency}, mais aucune ligne en {currency}.",
    keptBalanceDiffers:
      "Le solde tenu de {account} en {currency} est de {kept} sur {keptN, plural, one {{keptN} ligne} other {{keptN} lignes}}, mais {actualN, plural, one {{actualN} ligne totalise} other {{actualN} lignes totalisent}} {actual}.",
    staleFloor: "{code} peut être négatif, mais son solde en {currency} le refuse encore (un plancher périmé).",
    missingFloor: "{code} ne peut pas être négatif, mais son solde en {currency} ne l’impose pas (plancher {floor} au lieu de {expected}).",
    negativeBalance: "{code} ne peut pas être négatif, mais ses lignes en {currency} le laissent à {balance}.",
    monthlySum:
      "La somme mensuelle de {account} en {month} ({kind}, {counterpartyKind}, {currency}) est tenue à {kept} sur {keptN, plural, one {{keptN} ligne} other {{keptN} lignes}}, mais les lignes totalisent {actual} sur {actualN}.",
    badReversal:
      "{entry} {problem, select, missing {contre-passe {original}, qui n’existe pas} book {contre-passe {original}, une écriture d’une autre comptabilité} of_reversal {contre-passe {original}, qui est elle-même une contre-passation} kind {contre-passe {original} mais en diffère par la nature ou par le type de contrepartie} postings {contre-passe {original} mais ses lignes ne sont pas celles de l’original inversées (mêmes comptes et devises, montants opposés)} other {n’est pas une contre-passation fidèle}}.",
    transferLegs:
      "Le transfert {transfer} compte {n, plural, one {{n} écriture} other {{n} écritures}} dans {books, plural, one {{books} comptabilité} other {{books} comptabilités}} ; il lui en faut exactement deux, une dans la comptabilité de chaque organisation.",
    transferAmounts: "Les deux écritures du transfert {transfer} portent sur des montants différents.",
    paidExpense:
      "Dépense payée {id} ({amount}) : {problem, select, missing {son écriture n’existe pas} kind {son écriture est de nature {kind}, pas une dépense} book {son écriture appartient à une autre comptabilité} shared {son écriture enregistre aussi une autre dépense} amount {son écriture n’impute pas exactement {amount} au compte de la dépense, et rien d’autre} other {son écriture ne lui correspond pas}}.",
    confirmedDonation:
      "Don confirmé {id} ({amount}) : {problem, select, missing {son écriture n’existe pas} kind {son écriture est de nature {kind}, pas un don} book {son écriture appartient à une autre comptabilité} shared {son écriture enregistre aussi un autre don} amount {son écriture ne fait pas entrer {amount}} other {son écriture ne lui correspond pas}}.",
    membershipFee:
      "Cotisation {id} : {problem, select, missing {son écriture n’existe pas} kind {son écriture est de nature {kind}, pas une cotisation} other {son écriture appartient à une autre comptabilité}}.",
    moreFindings: "Il y a d’autres problèmes {check} ; seuls les {limit} premiers sont listés.",
  },
);
