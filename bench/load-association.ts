/**
 * Bulk-loads the association tests' data after load-data.ts, in SQL (not through the API):
 *
 *   - `bench-association`, an association with 100,000 active members (synthetic people
 *     `member-1` … `member-100000`; member-1 is its steward, member-2 and member-3 its treasurers),
 *     of whom the first 2,000 hold personal API tokens (the vote test's voters);
 *   - three open proposals, each with its whole membership frozen as its electorate
 *     (`proposal_electors`), opened a day ago and closing in 30 days, so the server's decision clock
 *     leaves them open for the whole run:
 *       · a public majority vote with 100,000 votes (48 % yes, 42 % no, 10 % abstain),
 *       · a public ranked-choice vote over 8 options with 100,000 rankings, each a random ordering
 *         (options drawn by weight, Plackett–Luce) cut to a random length, so ~tens of thousands
 *         are distinct and the instant runoff goes several rounds,
 *       · a public majority vote on which the 2,000 voters have already voted yes (the vote test
 *         changes those votes);
 *   - the association's books in EUR with the default chart of accounts, and 1,000,000 balanced
 *     transactions (2,000,000 postings) over three years: eight kinds, six counterparty kinds,
 *     posted roughly in date order, in chunks of one INSERT … SELECT generate_series each.
 *
 * Votes, electors, transactions and postings go in with `session_replication_role = replica`: no
 * per-row trigger fires (foreign keys, the frozen-electorate and voting-window guards, the posting
 * checks, the rollup trigger, the deferred balance check); every reference is to a row loaded just
 * before and every transaction is built balanced, and check constraints still apply. The rollups
 * the skipped trigger keeps (`account_balances`, `ledger_months`) are then rebuilt exactly from the
 * postings, set-based, still in replica mode (which also skips their write guards); the floor check
 * on `account_balances` verifies that no bank or cash account ends below zero.
 */
import type pg from "pg";
import { API_TOKEN_PREFIX, randomToken, sha256 } from "../src/modules/accounts/secrets.ts";
import { DEFAULT_ACCOUNTS } from "../src/modules/ledger/books.ts";

export interface AssociationSize {
  members: number;
  /** Votes on each of the two tally proposals (at most `members`). */
  votes: number;
  /** Members with API tokens who change their votes in the vote test. */
  voters: number;
  /** Options of the ranked-choice proposal. */
  rankedOptions: number;
  transactions: number;
  /** Transactions per INSERT statement. */
  chunk: number;
  /** Years the transactions are spread over, back from today. */
  years: number;
}

export interface AssociationData {
  slug: string;
  majorityId: string;
  rankedId: string;
  /** The proposal the vote test votes on. */
  voteId: string;
  /** One Bearer token per voter (member-1 … member-N). */
  voterTokens: string[];
  /** A treasurer's token (member-2), should an export need one. */
  treasurerToken: string;
  /** The association's id, its books and their accounts by code, for the posting test and its bare write. */
  organizationId: string;
  bookId: string;
  accountIds: Record<string, string>;
  /** The two treasurers (member-2, member-3): their ids (the bare write's poster) and Bearer tokens. */
  treasurers: { id: string; token: string }[];
  transactions: number;
  /** The months the books span, YYYY-MM, for the report. */
  firstMonth: string;
  lastMonth: string;
  distinctRankings: number;
  rows: Record<string, number>;
  seconds: Record<string, number>;
}

const SLUG = "bench-association";
const RANKED_LABELS = [
  "Repair café",
  "Seed library",
  "Tool shed",
  "Night school",
  "Bike workshop",
  "Community kitchen",
  "Print room",
  "Radio",
];
/** How strongly members prefer each ranked option (Plackett–Luce weights): close at the top, so the runoff takes several rounds. */
const RANKED_WEIGHTS = [1.0, 0.96, 0.9, 0.62, 0.5, 0.4, 0.3, 0.2];

export async function loadAssociation(db: pg.Client, size: AssociationSize): Promise<AssociationData> {
  if (size.rankedOptions > RANKED_LABELS.length) throw new Error(`at most ${RANKED_LABELS.length} ranked options`);
  if (size.votes > size.members || size.voters > size.members) throw new Error("more votes or voters than members");
  const seconds: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string) => {
    seconds[name] = Math.round(performance.now() - mark) / 1000;
    mark = performance.now();
  };

  await db.query("begin");
  await db.query("set local session_replication_role = replica");
  await db.query("select setseed(0.17)");
  // Members: synthetic people and their active memberships, one statement.
  const { rows: org } = await db.query<{ id: string; steward: string; treasurer: string }>(
    `with p as (
       insert into people (handle, name, email, password_hash, created_at, updated_at)
       select 'member-' || g, 'Member ' || g, 'member-' || g || '@bench.invalid', '!no-password',
              now() - interval '3 years' + g * interval '15 minutes', now() - interval '3 years' + g * interval '15 minutes'
       from generate_series(1, $1::int) g
       returning id, handle, created_at
     ), o as (
       insert into organizations (slug, name, kind, description, join_policy, created_by, created_at, updated_at)
       select $2, 'Bench Association', 'association',
              'The association of npm run bench: a hundred thousand members, their votes and their books.', 'approval',
              (select id from p where handle = 'member-1'), now() - interval '3 years', now() - interval '3 years'
       returning id
     ), m as (
       insert into memberships (organization_id, person_id, role, status, created_at, updated_at)
       select o.id, p.id,
              (case p.handle when 'member-1' then 'steward' when 'member-2' then 'treasurer' when 'member-3' then 'treasurer' else 'member' end)::membership_role,
              'active', p.created_at, p.created_at
       from p cross join o
     )
     select o.id, (select id from p where handle = 'member-1') as steward, (select id from p where handle = 'member-2') as treasurer from o`,
    [size.members, SLUG],
  );
  const { id: orgId, steward, treasurer } = org[0]!;
  const { rows: secondTreasurer } = await db.query<{ id: string }>("select id from people where handle = 'member-3'");
  const voterTokens = Array.from({ length: size.voters }, () => `${API_TOKEN_PREFIX}${randomToken()}`);
  // last_used_at = now(): the steady state of a token in use (the server records a use at most hourly).
  await db.query(
    `insert into api_tokens (person_id, name, token_hash, prefix, last_used_at)
     select p.id, 'bench vote', t.hash, t.prefix, now()
     from unnest($1::text[], $2::text[], $3::text[]) as t(handle, hash, prefix) join people p on p.handle = t.handle`,
    [voterTokens.map((_, i) => `member-${i + 1}`), voterTokens.map(sha256), voterTokens.map((t) => t.slice(0, 8))],
  );
  lap("members");

  // The proposals, open since yesterday and closing in 30 days, each with a discussion thread as the API opens them.
  const { rows: ps } = await db.query<{ id: string; title: string }>(
    `insert into proposals (organization_id, author_id, title, body, html, method, options, status, ballot, opens_at, closes_at,
       electorate_size, opened_at, created_at, updated_at)
     select $1, $2, t.title, t.title || '.', '<p>' || t.title || '.</p>', t.method::decision_method, t.options, 'open', 'public',
            now() - interval '1 day', now() + interval '30 days', $3, now() - interval '1 day', now() - interval '1 day' - t.n * interval '1 minute',
            now() - interval '1 day'
     from (values (1, 'Adopt the bench charter', 'majority', '{}'::text[]),
                  (2, 'Which project comes first', 'ranked', $4::text[]),
                  (3, 'Open the workshop on Sundays', 'majority', '{}'::text[])) as t(n, title, method, options)
     order by t.n
     returning id, title`,
    [orgId, steward, size.members, RANKED_LABELS.slice(0, size.rankedOptions)],
  );
  const [majority, ranked, vote] = ps as [{ id: string; title: string }, { id: string; title: string }, { id: string; title: string }];
  await db.query(
    `insert into threads (subject_type, subject_id, organization_id, title, author_id)
     select 'proposal', id, $1, title, $2 from unnest($3::uuid[], $4::text[]) as t(id, title)`,
    [orgId, steward, ps.map((p) => p.id), ps.map((p) => p.title)],
  );
  // The electorates, frozen at opening: every active member, for each proposal.
  await db.query(
    `insert into proposal_electors (proposal_id, person_id)
     select p.id, m.person_id from unnest($1::uuid[]) as p(id) cross join memberships m
     where m.organization_id = $2 and m.status = 'active'
     order by p.id, m.person_id`,
    [ps.map((p) => p.id), orgId],
  );
  lap("proposals and electorates");

  // Votes, cast over the day the proposals have been open, in random order.
  await db.query(
    `insert into votes (proposal_id, person_id, answer, cast_at, updated_at)
     select $1, person_id, case when r < 0.48 then 'yes' when r < 0.90 then 'no' else 'abstain' end, at, at
     from (select person_id, random() as r, now() - random() * interval '1 day' as at
           from proposal_electors where proposal_id = $1 order by random() limit $2) e`,
    [majority.id, size.votes],
  );
  // Each ranking: the options ordered by an exponential race weighted by preference (a Plackett–Luce draw),
  // cut to a length from 1 to all of them (longer ones likelier).
  await db.query(
    `insert into votes (proposal_id, person_id, options, cast_at, updated_at)
     select $1, e.person_id, r.ranking, e.at, e.at
     from (select person_id, 1 + floor(cardinality($3::float8[]) * sqrt(random()))::int as len, now() - random() * interval '1 day' as at
           from proposal_electors where proposal_id = $1 order by random() limit $2) e
     cross join lateral (
       select ((array_agg(w.i - 1 order by -ln(1 - random()) / w.weight))[1:e.len])::smallint[] as ranking
       from unnest($3::float8[]) with ordinality as w(weight, i)
       where e.len > 0
     ) r`,
    [ranked.id, size.votes, RANKED_WEIGHTS.slice(0, size.rankedOptions)],
  );
  await db.query(
    `insert into votes (proposal_id, person_id, answer, cast_at, updated_at)
     select $1, p.id, 'yes', now() - interval '12 hours', now() - interval '12 hours'
     from people p where p.handle = any($2::text[])`,
    [vote.id, voterTokens.map((_, i) => `member-${i + 1}`)],
  );
  await db.query("set local session_replication_role = origin");
  await db.query("commit");
  lap("votes");

  // The books: EUR, the default chart of accounts.
  const { rows: bookRows } = await db.query<{ id: string }>(
    `insert into books (organization_id, currency, created_at) values ($1, 'EUR', now() - interval '3 years') returning id`,
    [orgId],
  );
  const bookId = bookRows[0]!.id;
  const { rows: accountRows } = await db.query<{ id: string; code: string }>(
    `insert into accounts (book_id, code, name, type, currencies, allow_negative, created_at)
     select $1, code, name, type::account_type, '{EUR}', allow_negative, now() - interval '3 years'
     from unnest($2::text[], $3::text[], $4::text[], $5::bool[]) as t(code, name, type, allow_negative)
     returning id, code`,
    [
      bookId,
      DEFAULT_ACCOUNTS.map((a) => a.code),
      DEFAULT_ACCOUNTS.map((a) => a.name),
      DEFAULT_ACCOUNTS.map((a) => a.type),
      DEFAULT_ACCOUNTS.map((a) => a.allowNegative ?? true),
    ],
  );
  const { rows: partners } = await db.query<{ kind: string; id: string; name: string }>(
    `(select 'enterprise' as kind, id, name from organizations where kind = 'enterprise' order by slug limit 200)
     union all (select 'public_body', id, name from organizations where kind = 'public_body' order by slug limit 200)`,
  );
  const enterprises = partners.filter((p) => p.kind === "enterprise");
  const publicBodies = partners.filter((p) => p.kind === "public_body");
  if (!enterprises.length || !publicBodies.length) throw new Error("load-data.ts made no enterprises or public bodies");

  // The transactions, a chunk per statement: one materialized row per transaction (its id drawn here), then
  // the transaction and its two postings from that row. Dates rise with the entry number (posted within a
  // few days of the fact), so seq order is nearly date order, as in books kept as money moves.
  const days = size.years * 365;
  await db.query("set session_replication_role = replica");
  // Enough for each chunk's two sorts (100,000 and 200,000 rows) to stay in memory.
  await db.query("set work_mem = '64MB'");
  try {
    for (let lo = 1; lo <= size.transactions; lo += size.chunk) {
      const hi = Math.min(size.transactions, lo + size.chunk - 1);
      await db.query(`select setseed(${(0.5 + lo / size.transactions / 4).toFixed(6)})`);
      await db.query(
        `with raw as (
           select g, random() r1, random() r2, random() r3, random() r4, random() r5
           from generate_series($2::int, $3::int) g
         ), kinds as (
           select *, case when r1 < 0.30 then 'donation' when r1 < 0.55 then 'membership_fee' when r1 < 0.60 then 'sponsorship'
                          when r1 < 0.63 then 'grant' when r1 < 0.66 then 'reciprocity' when r1 < 0.88 then 'expense'
                          when r1 < 0.98 then 'payout' else 'transfer' end as kind,
                     1 + floor(r3 * r3 * 200)::int as partner
           from raw
         ), src as materialized (
           select gen_random_uuid() as id, g, kind,
                  current_date - $4::int + floor((g - 1)::float8 * $4 / $5)::int - floor(r5 * 4)::int as day,
                  cp,
                  case when cp = 'enterprise' then ($6::uuid[])[1 + (partner - 1) % cardinality($6::uuid[])]
                       when cp = 'public_body' then ($8::uuid[])[1 + (partner - 1) % cardinality($8::uuid[])] end as cp_org,
                  case cp when 'enterprise' then ($7::text[])[1 + (partner - 1) % cardinality($7::text[])]
                          when 'public_body' then ($9::text[])[1 + (partner - 1) % cardinality($9::text[])]
                          when 'individual' then case when kind = 'donation' and r3 < 0.2 then 'Anonymous' else 'Member ' || (1 + floor(r4 * $10))::int end
                          when 'internal' then 'Bench Association'
                          else initcap(cp) || ' partner ' || partner end as cp_name,
                  case kind when 'reciprocity' then 'expenses:reciprocity'
                            when 'expense' then case when r2 < 0.35 then 'expenses:infrastructure' when r2 < 0.70 then 'expenses:operations'
                                                     when r2 < 0.95 then 'expenses:events' else 'expenses:bank-fees' end
                            when 'payout' then 'expenses:contributors'
                            when 'transfer' then 'assets:cash'
                            else 'assets:bank' end as debit,
                  case kind when 'donation' then 'income:donations' when 'membership_fee' then 'income:membership-fees'
                            when 'sponsorship' then 'income:sponsorships' when 'grant' then 'income:grants'
                            else 'assets:bank' end as credit,
                  case kind when 'donation' then 500 + floor(r4 * r4 * r4 * 200000)::bigint
                            when 'membership_fee' then (array[1200, 2400, 6000])[1 + floor(r4 * 3)::int]
                            when 'sponsorship' then 50000 + floor(r4 * 450000)::bigint
                            when 'grant' then 100000 + floor(r4 * 1900000)::bigint
                            when 'reciprocity' then 1000 + floor(r4 * 49000)::bigint
                            when 'expense' then 1000 + floor(r4 * r4 * 99000)::bigint
                            when 'payout' then 10000 + floor(r4 * r4 * 190000)::bigint
                            else 5000 + floor(r4 * 15000)::bigint end as amount
           from (select *, case kind when 'donation' then case when r2 < 0.70 then 'individual' when r2 < 0.80 then 'community'
                                                               when r2 < 0.85 then 'association' else 'enterprise' end
                                     when 'membership_fee' then 'individual' when 'sponsorship' then 'enterprise'
                                     when 'grant' then case when r2 < 0.80 then 'public_body' else 'association' end
                                     when 'reciprocity' then case when r2 < 0.50 then 'community' else 'enterprise' end
                                     when 'expense' then case when r2 < 0.80 then 'enterprise' else 'individual' end
                                     when 'payout' then 'individual' else 'internal' end as cp
                 from kinds) k
         ), t as (
           insert into transactions (id, book_id, kind, date, description, counterparty_kind, counterparty_organization_id,
             counterparty_name, posted_by, posted_at)
           select id, $1, kind::transaction_kind, day,
                  initcap(replace(kind, '_', ' ')) || ' ' || g, cp::counterparty_kind, cp_org, cp_name, $11, day + interval '1 day 10 hours'
           from src order by g
         )
         insert into postings (transaction_id, account_id, amount, currency)
         select s.id, a.id, x.amount, 'EUR'
         from src s cross join lateral (values (1, s.debit, s.amount), (2, s.credit, -s.amount)) as x(n, code, amount)
         join accounts a on a.book_id = $1 and a.code = x.code
         order by s.g, x.n`,
        [
          bookId,
          lo,
          hi,
          days,
          size.transactions,
          enterprises.map((p) => p.id),
          enterprises.map((p) => p.name),
          publicBodies.map((p) => p.id),
          publicBodies.map((p) => p.name),
          size.members,
          treasurer,
        ],
      );
    }
    lap("transactions and postings");

    // The rollups the skipped trigger keeps, rebuilt exactly from the postings (as postings_rollup would have left them).
    await db.query("begin");
    await db.query("set local work_mem = '256MB'");
    await db.query(
      `insert into account_balances (account_id, currency, balance, postings, floor)
       select p.account_id, p.currency, sum(p.amount), count(*),
              case when a.allow_negative then null when a.type in ('asset', 'expense') then 1 else -1 end
       from postings p join accounts a on a.id = p.account_id
       where a.book_id = $1
       group by p.account_id, p.currency, a.allow_negative, a.type`,
      [bookId],
    );
    await db.query(
      `insert into ledger_months (book_id, month, account_id, kind, counterparty_kind, currency, amount, postings)
       select t.book_id, date_trunc('month', t.date)::date, p.account_id, t.kind, t.counterparty_kind, p.currency, sum(p.amount), count(*)
       from postings p join transactions t on t.id = p.transaction_id
       where t.book_id = $1
       group by 1, 2, 3, 4, 5, 6`,
      [bookId],
    );
    await db.query("commit");
    lap("rollups");
  } finally {
    await db.query("set session_replication_role = origin");
    await db.query("reset work_mem");
  }

  await db.query(
    "vacuum analyze people, memberships, api_tokens, proposals, proposal_electors, votes, threads, books, accounts, transactions, postings, account_balances, ledger_months",
  );
  lap("vacuum analyze");

  const { rows: counts } = await db.query<{ t: string; n: number }>(
    `select 'association members' as t, count(*)::int as n from memberships where organization_id = $1 and status = 'active'
     union all select 'proposal electors', count(*)::int from proposal_electors where proposal_id = any($2::uuid[])
     union all select 'votes', count(*)::int from votes where proposal_id = any($2::uuid[])
     union all select 'distinct rankings', count(distinct options)::int from votes where proposal_id = $3
     union all select 'transactions', count(*)::int from transactions where book_id = $4
     union all select 'postings', sum(postings)::int from ledger_months where book_id = $4
     union all select 'ledger_months rows', count(*)::int from ledger_months where book_id = $4
     union all select 'sum of all postings', sum(amount)::int from ledger_months where book_id = $4`,
    [orgId, ps.map((p) => p.id), ranked.id, bookId],
  );
  const rows = Object.fromEntries(counts.map((x) => [x.t, x.n]));
  // Each transaction is built as one amount and its opposite; the whole book must then sum to zero.
  if (rows["sum of all postings"] !== 0 || rows.postings !== 2 * (rows.transactions ?? 0)) {
    throw new Error(`the generated books do not balance: ${JSON.stringify(rows)}`);
  }
  const { rows: span } = await db.query<{ first: string; last: string }>(
    `select to_char(min(date), 'YYYY-MM') as first, to_char(max(date), 'YYYY-MM') as last from transactions where book_id = $1`,
    [bookId],
  );
  lap("counts");
  return {
    slug: SLUG,
    majorityId: majority.id,
    rankedId: ranked.id,
    voteId: vote.id,
    voterTokens,
    treasurerToken: voterTokens[1]!,
    organizationId: orgId,
    bookId,
    accountIds: Object.fromEntries(accountRows.map((a) => [a.code, a.id])),
    treasurers: [
      { id: treasurer, token: voterTokens[1]! },
      { id: secondTreasurer[0]!.id, token: voterTokens[2]! },
    ],
    transactions: rows.transactions ?? 0,
    firstMonth: span[0]!.first,
    lastMonth: span[0]!.last,
    distinctRankings: rows["distinct rankings"] ?? 0,
    rows,
    seconds,
  };
}
