import { defineMessages } from "../../text/messages.ts";

/** The decisions module's texts for people (problem details, field messages, how a vote was decided). */
export const t = defineMessages(
  "decisions",
  {
    // ── refusals
    proposal: "The proposal",
    proposeMembers: "Only this organization's active members can make proposals.",
    manageProposal: "Only the proposal's author or the organization's stewards can do this.",
    alreadyEnded: "This proposal is already {status, select, closed {closed} cancelled {cancelled} other {{status}}}.",
    votingOpensAt: "Voting opens at {at}.",
    votesNoLongerTaken:
      "This proposal is {status, select, closed {closed} cancelled {cancelled} other {{status}}}; votes are no longer taken.",
    notAnElector: "You are not among this proposal's voters: its electorate was frozen when voting opened.",
    reasonNeeded: "An objection or a block must give a reason.",
    votingNotOpen: "Voting on this proposal is not open.",
    statusList: "Use {statuses}, comma-separated.",

    // ── the terms of a proposal
    method:
      "{method, select, majority {majority} supermajority {supermajority} consent {consent} consensus {consensus} approval {approval} score {score} ranked {ranked} other {{method}}}",
    optionEmpty: "An option cannot be empty.",
    thresholdOverWhole: "The threshold cannot be more than the whole.",
    tooManyOptions: "Use at most {max} options.",
    needsTwoOptions: "{method} voting needs at least two options.",
    takesNoOptions: "{method} voting has no options.",
    optionsDistinct: "Each option must be different.",
    onlySupermajorityThreshold: "Only supermajority takes a threshold.",
    giveThreshold: "Give the threshold, such as 2/3.",
    onlyScoreMax: "Only score voting takes scoreMax.",
    closesAfterOpening: "Voting must close after it opens, and in the future.",
    longestWindow: "Voting can last at most {days} days.",
    sayWhy: "Say why.",

    // ── ballots
    objectionReason: "An objection must give a reason.",
    blockReason: "A block must give a reason.",
    answerNotOptions: "This method takes an answer, not options.",
    chooseAnswer: "Choose one of: {answers}.",
    approvalNotAnswer: "This method takes the options you approve, not an answer.",
    approvalNotScores: "This method takes the options you approve, not scores.",
    approvalList: "List the options you approve (an empty list approves none).",
    approveOnce: "Approve each option at most once.",
    scoreNotAnswer: "This method takes a score for each option, not an answer.",
    scoreNotOptions: "This method takes a score for each option, not a list of options.",
    scoreEach: "Give a score to each of the {count} options.",
    scoreRange: "Each score must be a whole number from 0 to {max}.",
    rankedNotAnswer: "This method takes a ranking of options, not an answer.",
    rankedNotScores: "This method takes a ranking of options, not scores.",
    rankOne: "Rank at least one option.",
    rankOnce: "Rank each option at most once.",
    optionIndex: "Each option must be one of the proposal's {count} options (numbered 0 to {last}).",

    // ── how a vote was decided: the rule
    ruleMajority: "Majority vote: the proposal passes if more members vote yes than no{quorum}.",
    ruleSupermajority:
      "Supermajority vote: the proposal passes if at least {fraction} of the votes cast for or against are yes (abstentions are not counted){quorum}.",
    ruleConsent: "Consent: the proposal passes unless someone objects (an objection gives a reason){quorum}.",
    ruleConsensus: "Consensus: the proposal passes if more members agree than disagree and nobody blocks{quorum}.",
    ruleApproval: "Approval vote: each member approves any number of options, and the option with the most approvals is chosen{quorum}.",
    ruleScore:
      "Score vote: each member gives every option a score from 0 to {scoreMax}, and the option with the highest total is chosen{quorum}.",
    ruleRanked:
      "Ranked-choice vote (instant runoff): each ballot counts for its highest-ranked option still in the count, and an option with more than half of those ballots is chosen{quorum}.",
    rankedTransfer:
      "Otherwise the option with the fewest votes is eliminated and its ballots move to their next choice, round after round.",
    rankedTieBreak:
      "Among options tied for the fewest votes, the one that had fewer votes in the most recent earlier round where they differed is eliminated; if they were tied in every earlier round, the one listed later on the proposal is eliminated.",
    noMinimumTurnout: ", with no minimum turnout",
    quorumClause:
      ", provided at least {needed} of the {electorate, plural, one {{electorate} eligible member} other {{electorate} eligible members}} take part (quorum {percent}%)",

    // ── the numbers
    turnout: "{turnout} of {electorate} took part.",
    turnoutQuorumMet: "{turnout} of {electorate} took part; quorum met.",
    turnoutQuorumNotMet: "{turnout} of {electorate} took part; quorum not met ({needed} needed).",
    countsYesNo: "Yes {yes}, no {no}, abstain {abstain}.",
    countsConsent: "Consent {consent}, object {object}.",
    countsConsensus: "Agree {agree}, abstain {abstain}, disagree {disagree}, block {block}.",
    approvals: "Approvals: {totals}.",
    totalScores: "Total scores: {totals}.",
    firstPreferences: "First preferences: {totals}.",
    quoted: '"{label}"',
    and: "{head} and {last}",

    // ── the outcome
    noQuorum:
      "No quorum: {needed, plural, =1 {nobody took part} other {fewer than {needed} members took part}}, so the vote decides nothing.",
    majorityPassed:
      "Passed: {yes, plural, one {{yes} yes vote outnumbers} other {{yes} yes votes outnumber}} {no, plural, one {{no} no vote} other {{no} no votes}}.",
    majorityNobody: "Rejected: nobody voted yes or no, and a tie does not pass.",
    majorityTie: "Rejected: yes and no are tied at {yes} each, and a tie does not pass.",
    majorityRejected:
      "Rejected: {yes, plural, one {{yes} yes vote does} other {{yes} yes votes do}} not outnumber {no, plural, one {{no} no vote} other {{no} no votes}}.",
    supermajorityNobody: "Rejected: nobody voted yes or no, so there is no yes vote to count.",
    supermajorityShare:
      "{fraction} of the {cast, plural, one {{cast} vote} other {{cast} votes}} cast for or against is {needed}; {yes} voted yes.",
    supermajorityShareAbove:
      "{fraction} of the {cast, plural, one {{cast} vote} other {{cast} votes}} cast for or against is more than {below}, so {needed, plural, one {{needed} is} other {{needed} are}} needed; {yes} voted yes.",
    supermajorityPassed: "Passed: {yes, plural, one {{yes} yes vote reaches} other {{yes} yes votes reach}} the {fraction} threshold.",
    supermajorityRejected: "Rejected: {yes, plural, one {{yes} yes vote falls} other {{yes} yes votes fall}} short of the {needed} needed.",
    consentRejected:
      "Rejected: {objections, plural, one {{objections} member} other {{objections} members}} objected, and under consent any objection stops the proposal.",
    consentNobodyVoted: "Passed: nobody objected; under consent a proposal stands unless someone objects, even when nobody votes.",
    consentPassed: "Passed: nobody objected.",
    consensusBlocked: "Rejected: {blocks, plural, one {{blocks} block stops} other {{blocks} blocks stop}} the proposal.",
    consensusNobody: "Rejected: nobody voted, so nobody agreed.",
    consensusPassed: "Passed: {agree} agree and {disagree} disagree, and nobody blocked.",
    consensusTie: "Rejected: {agree} agree and {disagree} disagree, and a tie does not pass.",
    consensusRejected: "Rejected: {agree} agree and {disagree} disagree; agreement must outnumber disagreement.",
    noVotes: "No votes: nobody took part, so no option is chosen.",
    noneApproved: "Rejected: no option was approved.",
    allScoredZero: "Rejected: every option scored 0.",
    tied: "Tied: {options} each have {method, select, approval {{top, plural, one {{top} approval} other {{top} approvals}}} other {a total score of {top}}}, so no option is chosen.",
    chosenTotals: "Chosen: {option}, with {method, select, approval {the most approvals} other {the highest total score}} ({top}).",
    chosenRanked: "Chosen: {option}, after {rounds, plural, one {{rounds} round} other {{rounds} rounds}}.",

    // ── ranked rounds
    roundHeading:
      "Round {round}: {totals}{exhausted, plural, =0 {} one {; {exhausted} ballot exhausted} other {; {exhausted} ballots exhausted}}.",
    optionVotes: "{option} {total, plural, one {{total} vote} other {{total} votes}}",
    leaderChosen:
      "{option} has {total} of the {inCount, plural, one {{inCount} ballot} other {{inCount} ballots}} still in the count, more than half, and is chosen.",
    noMajority:
      "No option has more than half of the {inCount, plural, one {{inCount} ballot} other {{inCount} ballots}} still in the count ({needed} needed).",
    fewestVotes: "{option} has the fewest votes ({fewest}) and is eliminated.",
    tiedForFewest: "{options} are tied for the fewest votes ({fewest} each), so the tie-break rule applies.",
    earlierRound: "In round {round}, {fewer} had fewer votes ({low}) than {more}.",
    eliminated: "{option} is eliminated.",
    noEarlierRound: "There is no earlier round to look back to, so {option}, listed later on the proposal, is eliminated.",
    tiedEveryRound: "{options} were tied in every earlier round, so {option}, listed later on the proposal, is eliminated.",
  },
  {
    proposal: "Proposition",
    proposeMembers: "Seuls les membres actifs de cette organisation peuvent faire des propositions.",
    manageProposal: "Seuls l’auteur ou l’autrice de la proposition et les responsables de l’organisation peuvent faire cela.",
    alreadyEnded: "Cette proposition est déjà {status, select, closed {close} cancelled {annulée} other {{status}}}.",
    votingOpensAt: "Le vote ouvre le {at}.",
    votesNoLongerTaken:
      "Cette proposition est {status, select, closed {close} cancelled {annulée} other {{status}}} ; les votes ne sont plus acceptés.",
    notAnElector: "Vous ne faites pas partie des votants de cette proposition : la liste des votants a été arrêtée à l’ouverture du vote.",
    reasonNeeded: "Une objection ou un blocage doit être motivé.",
    votingNotOpen: "Le vote sur cette proposition n’est pas ouvert.",
    statusList: "Utilisez {statuses}, séparés par des virgules.",

    method:
      "{method, select, majority {à la majorité} supermajority {à la majorité qualifiée} consent {par consentement} consensus {par consensus} approval {par approbation} score {par notes} ranked {par classement} other {{method}}}",
    optionEmpty: "Une option ne peut pas être vide.",
    thresholdOverWhole: "Le seuil ne peut pas dépasser le tout.",
    tooManyOptions: "Utilisez au plus {max} options.",
    needsTwoOptions: "Le vote {method} demande au moins deux options.",
    takesNoOptions: "Le vote {method} ne prend pas d’options.",
    optionsDistinct: "Chaque option doit être différente.",
    onlySupermajorityThreshold: "Seule la majorité qualifiée prend un seuil.",
    giveThreshold: "Indiquez le seuil, par exemple 2/3.",
    onlyScoreMax: "Seul le vote par notes prend scoreMax.",
    closesAfterOpening: "Le vote doit se clore après son ouverture, et dans le futur.",
    longestWindow: "Un vote peut durer au plus {days} jours.",
    sayWhy: "Dites pourquoi.",

    objectionReason: "Une objection doit être motivée.",
    blockReason: "Un blocage doit être motivé.",
    answerNotOptions: "Cette méthode attend une réponse, pas des options.",
    chooseAnswer: "Choisissez parmi : {answers}.",
    approvalNotAnswer: "Cette méthode attend les options que vous approuvez, pas une réponse.",
    approvalNotScores: "Cette méthode attend les options que vous approuvez, pas des notes.",
    approvalList: "Indiquez les options que vous approuvez (une liste vide n’en approuve aucune).",
    approveOnce: "Approuvez chaque option au plus une fois.",
    scoreNotAnswer: "Cette méthode attend une note pour chaque option, pas une réponse.",
    scoreNotOptions: "Cette méthode attend une note pour chaque option, pas une liste d’options.",
    scoreEach: "Donnez une note à chacune des {count} options.",
    scoreRange: "Chaque note doit être un nombre entier de 0 à {max}.",
    rankedNotAnswer: "Cette méthode attend un classement des options, pas une réponse.",
    rankedNotScores: "Cette méthode attend un classement des options, pas des notes.",
    rankOne: "Classez au moins une option.",
    rankOnce: "Classez chaque option au plus une fois.",
    optionIndex: "Chaque option doit être l’une des {count} options de la proposition (numérotées de 0 à {last}).",

    ruleMajority: "Vote à la majorité : la proposition est adoptée si plus de membres votent oui que non{quorum}.",
    ruleSupermajority:
      "Vote à la majorité qualifiée : la proposition est adoptée si au moins {fraction} des votes exprimés pour ou contre sont des oui (les abstentions ne sont pas comptées){quorum}.",
    ruleConsent: "Consentement : la proposition est adoptée sauf si quelqu’un objecte (une objection est motivée){quorum}.",
    ruleConsensus:
      "Consensus : la proposition est adoptée si plus de membres sont d’accord qu’en désaccord et si personne ne bloque{quorum}.",
    ruleApproval:
      "Vote par approbation : chaque membre approuve autant d’options qu’il le souhaite, et l’option la plus approuvée est retenue{quorum}.",
    ruleScore:
      "Vote par notes : chaque membre note chaque option de 0 à {scoreMax}, et l’option au total le plus élevé est retenue{quorum}.",
    ruleRanked:
      "Vote par classement (vote alternatif) : chaque bulletin compte pour l’option la mieux classée encore en lice, et une option qui obtient plus de la moitié de ces bulletins est retenue{quorum}.",
    rankedTransfer: "Sinon, l’option qui a le moins de voix est éliminée et ses bulletins passent au choix suivant, tour après tour.",
    rankedTieBreak:
      "Entre des options à égalité avec le moins de voix, celle qui en avait le moins au dernier tour précédent où elles différaient est éliminée ; si elles étaient à égalité à chaque tour précédent, celle qui figure le plus loin dans la proposition est éliminée.",
    noMinimumTurnout: ", sans participation minimale",
    quorumClause:
      ", à condition que la participation atteigne au moins {needed} des {electorate, plural, one {{electorate} membre appelé} other {{electorate} membres appelés}} à voter (quorum de {percent} %)",

    turnout: "Participation : {turnout} sur {electorate}.",
    turnoutQuorumMet: "Participation : {turnout} sur {electorate} ; quorum atteint.",
    turnoutQuorumNotMet: "Participation : {turnout} sur {electorate} ; quorum non atteint ({needed} requis).",
    countsYesNo: "Oui {yes}, non {no}, abstention {abstain}.",
    countsConsent: "Consentement {consent}, objection {object}.",
    countsConsensus: "D’accord {agree}, abstention {abstain}, désaccord {disagree}, blocage {block}.",
    approvals: "Approbations : {totals}.",
    totalScores: "Notes totales : {totals}.",
    firstPreferences: "Premiers choix : {totals}.",
    quoted: "« {label} »",
    and: "{head} et {last}",

    noQuorum:
      "Quorum non atteint : {needed, plural, =1 {personne n’a participé} other {moins de {needed} membres ont participé}}, le vote ne décide donc rien.",
    majorityPassed:
      "Adoptée : {yes, plural, one {{yes} vote oui l’emporte} other {{yes} votes oui l’emportent}} sur {no, plural, one {{no} vote non} other {{no} votes non}}.",
    majorityNobody: "Rejetée : personne n’a voté oui ou non, et une égalité ne suffit pas.",
    majorityTie: "Rejetée : oui et non sont à égalité, {yes} chacun, et une égalité ne suffit pas.",
    majorityRejected:
      "Rejetée : {yes, plural, one {{yes} vote oui ne l’emporte pas} other {{yes} votes oui ne l’emportent pas}} sur {no, plural, one {{no} vote non} other {{no} votes non}}.",
    supermajorityNobody: "Rejetée : personne n’a voté oui ou non, il n’y a donc aucun vote oui à compter.",
    supermajorityShare:
      "{fraction} des {cast, plural, one {{cast} vote exprimé} other {{cast} votes exprimés}} pour ou contre, c’est {needed} ; votes oui : {yes}.",
    supermajorityShareAbove:
      "{fraction} des {cast, plural, one {{cast} vote exprimé} other {{cast} votes exprimés}} pour ou contre, c’est plus de {below} : il en faut donc {needed, plural, one {{needed}} other {{needed}}} ; votes oui : {yes}.",
    supermajorityPassed: "Adoptée : {yes, plural, one {{yes} vote oui atteint} other {{yes} votes oui atteignent}} le seuil de {fraction}.",
    supermajorityRejected:
      "Rejetée : {yes, plural, one {{yes} vote oui n’atteint pas} other {{yes} votes oui n’atteignent pas}} les {needed} requis.",
    consentRejected:
      "Rejetée : {objections, plural, one {{objections} membre a objecté} other {{objections} membres ont objecté}}, et, dans une décision par consentement, toute objection arrête la proposition.",
    consentNobodyVoted:
      "Adoptée : personne n’a objecté ; dans une décision par consentement, la proposition est adoptée sauf objection, même si personne ne vote.",
    consentPassed: "Adoptée : personne n’a objecté.",
    consensusBlocked: "Rejetée : {blocks, plural, one {{blocks} blocage arrête} other {{blocks} blocages arrêtent}} la proposition.",
    consensusNobody: "Rejetée : personne n’a voté, donc personne n’a été d’accord.",
    consensusPassed: "Adoptée : {agree} d’accord et {disagree} en désaccord, et personne n’a bloqué.",
    consensusTie: "Rejetée : {agree} d’accord et {disagree} en désaccord, et une égalité ne suffit pas.",
    consensusRejected: "Rejetée : {agree} d’accord et {disagree} en désaccord ; les accords doivent l’emporter sur les désaccords.",
    noVotes: "Aucun vote : personne n’a participé, aucune option n’est donc retenue.",
    noneApproved: "Rejetée : aucune option n’a été approuvée.",
    allScoredZero: "Rejetée : toutes les options ont une note totale de 0.",
    tied: "Égalité : {options} ont chacune {method, select, approval {{top, plural, one {{top} approbation} other {{top} approbations}}} other {une note totale de {top}}}, aucune option n’est donc retenue.",
    chosenTotals:
      "Retenue : {option}, avec {method, select, approval {le plus d’approbations} other {la note totale la plus élevée}} ({top}).",
    chosenRanked: "Retenue : {option}, après {rounds, plural, one {{rounds} tour} other {{rounds} tours}}.",

    roundHeading:
      "Tour {round} : {totals}{exhausted, plural, =0 {} one { ; {exhausted} bulletin épuisé} other { ; {exhausted} bulletins épuisés}}.",
    optionVotes: "{option} {total, plural, one {{total} voix} other {{total} voix}}",
    leaderChosen:
      "L’option {option} a {total} des {inCount, plural, one {{inCount} bulletin encore compté} other {{inCount} bulletins encore comptés}}, plus de la moitié, et est retenue.",
    noMajority:
      "Aucune option n’a plus de la moitié des {inCount, plural, one {{inCount} bulletin encore compté} other {{inCount} bulletins encore comptés}} ({needed} requis).",
    fewestVotes: "L’option {option} a le moins de voix ({fewest}) et est éliminée.",
    tiedForFewest: "{options} sont à égalité avec le moins de voix ({fewest} chacune) : la règle de départage s’applique.",
    earlierRound: "Au tour {round}, moins de voix pour {fewer} ({low}) que pour {more}.",
    eliminated: "L’option {option} est éliminée.",
    noEarlierRound: "Aucun tour précédent ne permet de les départager : {option}, placée plus loin dans la proposition, est éliminée.",
    tiedEveryRound: "{options} étaient à égalité à chaque tour précédent : {option}, placée plus loin dans la proposition, est éliminée.",
  },
);
