-- A replay writes a story's past at its own moments: the demo world's load sets, before each part of
-- its story, the moment that part happens (set_config('triarchy.replay_at', …, true), local to its
-- transaction), and every row it writes carries that moment instead of the load's (src/db/replay.ts).
-- Outside a replay the setting is absent and nothing changes.
CREATE OR REPLACE FUNCTION triarchy_replayed_at() RETURNS timestamptz LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('triarchy.replay_at', true), '')::timestamptz
$$;
--> statement-breakpoint
-- When a row is written: the transaction's start, or the replayed moment. Every column that defaulted
-- to now() defaults to this (0021), but for transactions.posted_at, which stays the real moment of
-- recording: the ledger's immutability check (0011, 0015) compares it with now().
CREATE OR REPLACE FUNCTION triarchy_written_at() RETURNS timestamptz LANGUAGE sql STABLE AS $$
  SELECT coalesce(triarchy_replayed_at(), now())
$$;
--> statement-breakpoint
-- The time checks' clock (0016) reads the replayed moment too, so a replayed vote opens and closes at
-- the story's times.
CREATE OR REPLACE FUNCTION triarchy_now() RETURNS timestamptz LANGUAGE sql VOLATILE AS $$
  SELECT coalesce(triarchy_replayed_at(), clock_timestamp() + last_value * interval '1 millisecond') FROM triarchy_clock_offset_ms
$$;
