-- The schema the migrations in drizzle/ build, as pg_dump prints it. Generated: do not edit;
-- run `npm run schema:sql` after adding a migration (CI runs it with --check).
--
-- PostgreSQL database dump
--

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: btree_gist; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;

--
-- Name: EXTENSION btree_gist; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION btree_gist IS 'support for indexing common datatypes in GiST';

--
-- Name: account_token_purpose; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.account_token_purpose AS ENUM (
    'verify_email',
    'reset_password',
    'change_email'
);

--
-- Name: account_type; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.account_type AS ENUM (
    'asset',
    'liability',
    'equity',
    'income',
    'expense'
);

--
-- Name: activity_visibility; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.activity_visibility AS ENUM (
    'public',
    'members',
    'private'
);

--
-- Name: affiliation_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.affiliation_status AS ENUM (
    'claimed',
    'confirmed',
    'disputed'
);

--
-- Name: agreement_period; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.agreement_period AS ENUM (
    'month',
    'quarter',
    'year'
);

--
-- Name: agreement_side; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.agreement_side AS ENUM (
    'association',
    'enterprise'
);

--
-- Name: agreement_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.agreement_status AS ENUM (
    'proposed',
    'active',
    'declined',
    'ended'
);

--
-- Name: ballot_visibility; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.ballot_visibility AS ENUM (
    'public',
    'secret'
);

--
-- Name: booking_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.booking_status AS ENUM (
    'requested',
    'confirmed',
    'active',
    'returned',
    'cancelled',
    'declined',
    'no_show'
);

--
-- Name: budget_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.budget_status AS ENUM (
    'draft',
    'proposed',
    'approved',
    'rejected',
    'superseded'
);

--
-- Name: contribution_kind; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.contribution_kind AS ENUM (
    'code',
    'design',
    'research',
    'documentation',
    'translation',
    'facilitation',
    'care'
);

--
-- Name: contribution_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.contribution_status AS ENUM (
    'pending',
    'conflicted',
    'accepted',
    'rejected',
    'withdrawn'
);

--
-- Name: contribution_type; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.contribution_type AS ENUM (
    'new_document',
    'edit',
    'work',
    'commit'
);

--
-- Name: counterparty_kind; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.counterparty_kind AS ENUM (
    'community',
    'association',
    'enterprise',
    'public_body',
    'individual',
    'internal'
);

--
-- Name: decision_method; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.decision_method AS ENUM (
    'majority',
    'supermajority',
    'consent',
    'consensus',
    'approval',
    'score',
    'ranked'
);

--
-- Name: decision_outcome; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.decision_outcome AS ENUM (
    'passed',
    'rejected',
    'no_quorum',
    'chosen',
    'tied',
    'no_votes'
);

--
-- Name: document_format; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.document_format AS ENUM (
    'markdown',
    'text'
);

--
-- Name: donation_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.donation_status AS ENUM (
    'pending',
    'confirmed',
    'declined'
);

--
-- Name: expense_approval; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.expense_approval AS ENUM (
    'decision',
    'budget'
);

--
-- Name: expense_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.expense_status AS ENUM (
    'submitted',
    'approved',
    'rejected',
    'paid',
    'withdrawn'
);

--
-- Name: fee_period; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.fee_period AS ENUM (
    'monthly',
    'quarterly',
    'yearly'
);

--
-- Name: followable; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.followable AS ENUM (
    'organization',
    'commons',
    'document',
    'need',
    'thread'
);

--
-- Name: funding; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.funding AS ENUM (
    'paid',
    'volunteer',
    'unknown'
);

--
-- Name: invoice_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.invoice_status AS ENUM (
    'open',
    'paid',
    'void'
);

--
-- Name: join_policy; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.join_policy AS ENUM (
    'open',
    'approval',
    'invite'
);

--
-- Name: mail_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.mail_status AS ENUM (
    'pending',
    'sent',
    'failed',
    'skipped'
);

--
-- Name: membership_role; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.membership_role AS ENUM (
    'member',
    'maintainer',
    'steward',
    'treasurer'
);

--
-- Name: membership_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.membership_status AS ENUM (
    'active',
    'pending',
    'invited'
);

--
-- Name: need_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.need_status AS ENUM (
    'open',
    'done'
);

--
-- Name: need_type; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.need_type AS ENUM (
    'need',
    'offer'
);

--
-- Name: notification_delivery; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.notification_delivery AS ENUM (
    'app',
    'email',
    'daily',
    'weekly',
    'off'
);

--
-- Name: notification_kind; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.notification_kind AS ENUM (
    'contribution_reviewed',
    'comment_on_yours',
    'reply',
    'mention',
    'awaiting_you',
    'expense_decided',
    'agreement_offered',
    'need_changed',
    'share_credited',
    'decision_opened',
    'decision_closing',
    'invoice',
    'followed',
    'invoice_overdue',
    'booking_update',
    'waitlist_offer',
    'loan_due',
    'loan_overdue',
    'budget_call'
);

--
-- Name: organization_kind; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.organization_kind AS ENUM (
    'community',
    'association',
    'enterprise',
    'public_body'
);

--
-- Name: ownership; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.ownership AS ENUM (
    'worker_owned',
    'cooperative',
    'nonprofit',
    'private'
);

--
-- Name: pb_ballot_type; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.pb_ballot_type AS ENUM (
    'approval',
    'cumulative',
    'scoring',
    'ordinal',
    'choose-1'
);

--
-- Name: pb_call_phase; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.pb_call_phase AS ENUM (
    'draft',
    'submission',
    'review',
    'voting',
    'results',
    'implementation'
);

--
-- Name: pb_grant_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.pb_grant_status AS ENUM (
    'active',
    'completed',
    'cancelled'
);

--
-- Name: pb_project_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.pb_project_status AS ENUM (
    'submitted',
    'eligible',
    'ineligible',
    'withdrawn'
);

--
-- Name: pb_voter_rule; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.pb_voter_rule AS ENUM (
    'signed_in',
    'register'
);

--
-- Name: phyle_basis; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.phyle_basis AS ENUM (
    'surplus',
    'revenue'
);

--
-- Name: phyle_destination; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.phyle_destination AS ENUM (
    'steward',
    'contributor_pool'
);

--
-- Name: problem_severity; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.problem_severity AS ENUM (
    'note',
    'check',
    'out_of_service'
);

--
-- Name: proposal_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.proposal_status AS ENUM (
    'scheduled',
    'open',
    'closed',
    'cancelled'
);

--
-- Name: resource_acquisition; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.resource_acquisition AS ENUM (
    'bought',
    'donated',
    'lent'
);

--
-- Name: resource_kind; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.resource_kind AS ENUM (
    'tool',
    'vehicle',
    'space',
    'machine',
    'other'
);

--
-- Name: share_kind; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.share_kind AS ENUM (
    'fixed',
    'contributor'
);

--
-- Name: thread_subject; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.thread_subject AS ENUM (
    'commons',
    'document',
    'contribution',
    'need',
    'proposal',
    'pb_project'
);

--
-- Name: transaction_kind; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.transaction_kind AS ENUM (
    'donation',
    'membership_fee',
    'sponsorship',
    'grant',
    'reciprocity',
    'expense',
    'payout',
    'transfer',
    'phyle',
    'distribution',
    'rental',
    'deposit'
);

--
-- Name: unit_condition; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.unit_condition AS ENUM (
    'new',
    'good',
    'fair',
    'worn',
    'damaged'
);

--
-- Name: unit_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.unit_status AS ENUM (
    'available',
    'out_of_service',
    'maintenance',
    'retired'
);

--
-- Name: urgency; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.urgency AS ENUM (
    'low',
    'normal',
    'high',
    'critical'
);

--
-- Name: use_purpose; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.use_purpose AS ENUM (
    'commercial',
    'non_commercial',
    'internal'
);

--
-- Name: waitlist_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.waitlist_status AS ENUM (
    'waiting',
    'offered',
    'booked',
    'lapsed',
    'left'
);

--
-- Name: without_loan_answer; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.without_loan_answer AS ENUM (
    'bought',
    'rented',
    'borrowed_elsewhere',
    'done_without'
);

--
-- Name: accounts_guard(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.accounts_guard() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF (NEW.book_id, NEW.code, NEW.type, NEW.allow_negative) IS DISTINCT FROM (OLD.book_id, OLD.code, OLD.type, OLD.allow_negative)
     OR NOT NEW.currencies @> OLD.currencies THEN
    RAISE EXCEPTION 'account % keeps its book, code, type, overdraft rule and currencies', OLD.code
      USING ERRCODE = '23514', CONSTRAINT = 'accounts_fixed';
  END IF;
  RETURN NEW;
END $$;

--
-- Name: activities_append_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.activities_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  RAISE EXCEPTION 'the activity log is append-only' USING ERRCODE = '42501';
END $$;

--
-- Name: affiliations_enterprise_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.affiliations_enterprise_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM organizations WHERE id = NEW.enterprise_id AND kind = 'enterprise') THEN
    RAISE EXCEPTION 'affiliations are to enterprises only' USING ERRCODE = '23514', CONSTRAINT = 'affiliations_enterprise_only';
  END IF;
  RETURN NEW;
END $$;

--
-- Name: bookings_fill(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.bookings_fill() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
  u record;
BEGIN
  SELECT ru.status, ru.type_id, rt.library_id INTO u
    FROM resource_units ru JOIN resource_types rt ON rt.id = ru.type_id
    WHERE ru.id = NEW.unit_id FOR SHARE OF ru;
  NEW.type_id := u.type_id;
  NEW.library_id := u.library_id;
  IF NEW.status IN ('requested', 'confirmed') AND u.status <> 'available' AND NOT triarchy_restoring()
     AND (TG_OP = 'INSERT' OR NEW.blocked_from < OLD.blocked_from OR NEW.blocked_until > OLD.blocked_until OR NEW.unit_id <> OLD.unit_id) THEN
    RAISE EXCEPTION 'unit % is %', NEW.unit_id, u.status USING ERRCODE = '23514', CONSTRAINT = 'bookings_unit_in_service';
  END IF;
  RETURN NEW;
END $$;

--
-- Name: bookings_status_guard(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.bookings_status_guard() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF OLD.status IN ('returned', 'cancelled', 'declined', 'no_show') AND NEW.status <> OLD.status
     AND NOT triarchy_restoring() THEN
    RAISE EXCEPTION 'booking % is %', OLD.id, OLD.status USING ERRCODE = '23514', CONSTRAINT = 'bookings_final';
  END IF;
  IF OLD.status = 'active' AND NEW.status NOT IN ('active', 'returned') THEN
    RAISE EXCEPTION 'booking % is checked out', OLD.id USING ERRCODE = '23514', CONSTRAINT = 'bookings_final';
  END IF;
  RETURN NEW;
END $$;

--
-- Name: budget_lines_draft_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.budget_lines_draft_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF triarchy_restoring() OR pg_trigger_depth() > 1 THEN
    RETURN COALESCE(NEW, OLD);
  END IF;
  IF (SELECT status FROM budgets WHERE id = COALESCE(NEW.budget_id, OLD.budget_id)) <> 'draft' THEN
    RAISE EXCEPTION 'budget lines change only while the budget is a draft' USING ERRCODE = '23514', CONSTRAINT = 'budget_lines_draft_only';
  END IF;
  RETURN COALESCE(NEW, OLD);
END $$;

--
-- Name: budgets_guard(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.budgets_guard() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD.status IN ('rejected', 'superseded') OR (OLD.status = 'approved' AND NEW.status <> 'superseded')) THEN
    RAISE EXCEPTION 'budget % is % and can no longer change', OLD.id, OLD.status USING ERRCODE = '23514', CONSTRAINT = 'budgets_final';
  END IF;
  IF NEW.status = 'approved' AND NOT EXISTS (SELECT 1 FROM proposals WHERE id = NEW.proposal_id
      AND organization_id = NEW.organization_id AND status = 'closed' AND outcome = 'passed') THEN
    RAISE EXCEPTION 'budget % has no passed decision', NEW.id USING ERRCODE = '23514', CONSTRAINT = 'budgets_decision_passed';
  END IF;
  RETURN NEW;
END $$;

--
-- Name: coalition_history_immutable(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.coalition_history_immutable() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF pg_trigger_depth() > 1 THEN RETURN OLD; END IF;
  RAISE EXCEPTION '% rows are history and are never rewritten', TG_TABLE_NAME USING ERRCODE = '23514', CONSTRAINT = TG_TABLE_NAME || '_immutable';
END $$;

--
-- Name: commons_organization_kinds(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.commons_organization_kinds() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM organizations WHERE id = NEW.community_id AND kind = 'community') THEN
    RAISE EXCEPTION 'a commons is stewarded by a community' USING ERRCODE = '23514', CONSTRAINT = 'commons_community_kind';
  END IF;
  IF NEW.steward_association_id IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM organizations WHERE id = NEW.steward_association_id AND kind = 'association') THEN
    RAISE EXCEPTION 'a steward association is an association' USING ERRCODE = '23514', CONSTRAINT = 'commons_association_kind';
  END IF;
  RETURN NEW;
END $$;

--
-- Name: commons_uses_enterprise_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.commons_uses_enterprise_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM organizations WHERE id = NEW.enterprise_id AND kind = 'enterprise') THEN
    RAISE EXCEPTION 'only enterprises declare uses' USING ERRCODE = '23514', CONSTRAINT = 'commons_uses_enterprise_only';
  END IF;
  RETURN NEW;
END $$;

--
-- Name: contributions_credit_rollup(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.contributions_credit_rollup() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF NEW.status = 'accepted' AND (TG_OP = 'INSERT' OR OLD.status <> 'accepted') THEN
    INSERT INTO credit_days AS d (commons_id, day, funding, paid_by_id, work, contributions, size)
    VALUES (NEW.commons_id, NEW.performed_on, NEW.funding, NEW.paid_by_id, NEW.type = 'work', 1, NEW.size)
    ON CONFLICT ON CONSTRAINT credit_days_key DO UPDATE
      SET contributions = d.contributions + 1, size = d.size + EXCLUDED.size;
  END IF;
  RETURN NULL;
END $$;

--
-- Name: contributions_final(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.contributions_final() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF OLD.status IN ('accepted', 'rejected', 'withdrawn') AND NEW.status <> OLD.status THEN
    RAISE EXCEPTION 'a % contribution cannot become %', OLD.status, NEW.status
      USING ERRCODE = '23514', CONSTRAINT = 'contributions_final';
  END IF;
  RETURN NEW;
END $$;

--
-- Name: credit_days_guard(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.credit_days_guard() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF pg_trigger_depth() < 2 THEN
    RAISE EXCEPTION 'credit_days is maintained by the database from contributions' USING ERRCODE = '42501';
  END IF;
  RETURN COALESCE(NEW, OLD);
END $$;

--
-- Name: distributions_exact(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.distributions_exact() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
  target uuid;
  flag text;
  expected bigint;
  total numeric;
BEGIN
  -- Each branch is planned only when it runs: one expression naming both columns would fail on the table lacking one.
  IF TG_TABLE_NAME = 'distributions' THEN target := NEW.id; ELSE target := NEW.distribution_id; END IF;
  -- Every share queues this check; one sum per distribution and transaction is enough (10,000 shares
  -- would otherwise sum 10,000 times at commit). Shares are immutable, so none can change after it.
  flag := 'triarchy.exact_' || replace(target::text, '-', '');
  IF current_setting(flag, true) = 'checked' THEN RETURN NULL; END IF;
  PERFORM set_config(flag, 'checked', true);
  SELECT amount INTO expected FROM distributions WHERE id = target;
  IF NOT FOUND THEN RETURN NULL; END IF;
  SELECT coalesce(sum(amount), 0) INTO total FROM distribution_shares WHERE distribution_id = target;
  IF total <> expected THEN
    RAISE EXCEPTION 'distribution % shares sum to %, not %', target, total, expected
      USING ERRCODE = '23514', CONSTRAINT = 'distributions_exact';
  END IF;
  RETURN NULL;
END $$;

--
-- Name: donations_final(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.donations_final() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF OLD.status <> 'pending' THEN
    RAISE EXCEPTION 'donation % is already %', OLD.id, OLD.status USING ERRCODE = '23514', CONSTRAINT = 'donations_final';
  END IF;
  RETURN NEW;
END $$;

--
-- Name: expenses_authority(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.expenses_authority() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
  line record;
  spent numeric;
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.status IN ('paid', 'rejected', 'withdrawn') THEN
    RAISE EXCEPTION 'expense % is % and can no longer change', OLD.id, OLD.status USING ERRCODE = '23514', CONSTRAINT = 'expenses_final';
  END IF;
  IF NEW.status NOT IN ('approved', 'paid') THEN
    RETURN NEW;
  END IF;
  IF NEW.approval = 'decision' THEN
    IF NOT EXISTS (SELECT 1 FROM proposals WHERE id = NEW.proposal_id AND organization_id = NEW.organization_id
                   AND status = 'closed' AND outcome = 'passed') THEN
      RAISE EXCEPTION 'expense % has no passed decision of its organization', NEW.id
        USING ERRCODE = '23514', CONSTRAINT = 'expenses_decision_passed';
    END IF;
  ELSIF TG_OP = 'INSERT' OR OLD.status <> 'approved' OR OLD.budget_line_id IS DISTINCT FROM NEW.budget_line_id THEN
    SELECT l.amount, l.currency, b.status, b.organization_id INTO line
      FROM budget_lines l JOIN budgets b ON b.id = l.budget_id WHERE l.id = NEW.budget_line_id FOR UPDATE OF l;
    IF line.status IS DISTINCT FROM 'approved' OR line.organization_id <> NEW.organization_id OR line.currency <> NEW.currency THEN
      RAISE EXCEPTION 'expense % is not within an approved budget line of its organization in %', NEW.id, NEW.currency
        USING ERRCODE = '23514', CONSTRAINT = 'expenses_budget_approved';
    END IF;
    SELECT coalesce(sum(amount), 0) INTO spent FROM expenses
      WHERE budget_line_id = NEW.budget_line_id AND status IN ('approved', 'paid') AND id <> NEW.id;
    IF spent + NEW.amount > line.amount THEN
      RAISE EXCEPTION 'budget line has % left; expense % needs %', line.amount - spent, NEW.id, NEW.amount
        USING ERRCODE = '23514', CONSTRAINT = 'expenses_budget_room';
    END IF;
  END IF;
  RETURN NEW;
END $$;

--
-- Name: ledger_immutable(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.ledger_immutable() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% rows are immutable once posted; post a reversing entry instead', TG_TABLE_NAME
    USING ERRCODE = '23514', CONSTRAINT = 'ledger_immutable';
END $$;

--
-- Name: ledger_rollup_guard(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.ledger_rollup_guard() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF pg_trigger_depth() < 2 THEN
    RAISE EXCEPTION '% is maintained by the database from postings', TG_TABLE_NAME USING ERRCODE = '42501';
  END IF;
  RETURN COALESCE(NEW, OLD);
END $$;

--
-- Name: loan_rollups_guard(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.loan_rollups_guard() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF pg_trigger_depth() < 2 AND NOT triarchy_restoring() THEN
    RAISE EXCEPTION '% is kept by the loans_rollup trigger', TG_TABLE_NAME USING ERRCODE = '23514', CONSTRAINT = 'loan_rollups_guard';
  END IF;
  RETURN coalesce(NEW, OLD);
END $$;

--
-- Name: loans_guard(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.loans_guard() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF triarchy_restoring() THEN RETURN NEW; END IF;
  IF NEW.unit_id <> OLD.unit_id OR NEW.custodian_id <> OLD.custodian_id OR NEW.checked_out_at <> OLD.checked_out_at
     OR (OLD.checked_in_at IS NOT NULL AND (NEW.checked_in_at IS DISTINCT FROM OLD.checked_in_at OR NEW.condition_in IS DISTINCT FROM OLD.condition_in))
     OR (OLD.without_loan IS NOT NULL AND NEW.without_loan IS DISTINCT FROM OLD.without_loan) THEN
    RAISE EXCEPTION 'loan % is history', OLD.id USING ERRCODE = '23514', CONSTRAINT = 'loans_history';
  END IF;
  RETURN NEW;
END $$;

--
-- Name: loans_rollup(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.loans_rollup() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
  tz text;
  lib uuid;
  m date;
  first_time boolean;
  d_loans int := 0;
  d_minutes bigint := 0;
  d_paid bigint := 0;
  d_answered int := 0;
  d_bought int := 0;
  d_rented int := 0;
BEGIN
  SELECT l.time_zone, l.id INTO tz, lib
    FROM resource_units u JOIN resource_types t ON t.id = u.type_id JOIN libraries l ON l.id = t.library_id
    WHERE u.id = NEW.unit_id;
  m := date_trunc('month', NEW.checked_out_at AT TIME ZONE tz)::date;
  IF TG_OP = 'INSERT' THEN
    d_loans := 1;
    SELECT coalesce((SELECT b.fee FROM bookings b WHERE b.id = NEW.booking_id), 0) INTO d_paid;
    INSERT INTO unit_borrowers AS ub (unit_id, person_id, loans) VALUES (NEW.unit_id, NEW.custodian_id, 1)
      ON CONFLICT (unit_id, person_id) DO UPDATE SET loans = ub.loans + 1
      RETURNING (xmax = 0) INTO first_time;
    IF first_time THEN
      INSERT INTO unit_people AS up (unit_id, people) VALUES (NEW.unit_id, 1)
        ON CONFLICT (unit_id) DO UPDATE SET people = up.people + 1;
    END IF;
    INSERT INTO library_borrowers AS lb (library_id, person_id, loans) VALUES (lib, NEW.custodian_id, 1)
      ON CONFLICT (library_id, person_id) DO UPDATE SET loans = lb.loans + 1;
  END IF;
  IF NEW.checked_in_at IS NOT NULL AND (TG_OP = 'INSERT' OR OLD.checked_in_at IS NULL) THEN
    d_minutes := floor(extract(epoch FROM NEW.checked_in_at - NEW.checked_out_at) / 60);
  END IF;
  IF NEW.without_loan IS NOT NULL AND (TG_OP = 'INSERT' OR OLD.without_loan IS NULL) THEN
    d_answered := 1;
    d_bought := (NEW.without_loan = 'bought')::int;
    d_rented := (NEW.without_loan = 'rented')::int;
  END IF;
  IF d_loans > 0 OR d_minutes > 0 OR d_paid > 0 OR d_answered > 0 THEN
    INSERT INTO loan_months AS lm (unit_id, month, loans, custody_minutes, paid, answered, bought, rented)
      VALUES (NEW.unit_id, m, d_loans, d_minutes, d_paid, d_answered, d_bought, d_rented)
      ON CONFLICT (unit_id, month) DO UPDATE SET
        loans = lm.loans + EXCLUDED.loans,
        custody_minutes = lm.custody_minutes + EXCLUDED.custody_minutes,
        paid = lm.paid + EXCLUDED.paid,
        answered = lm.answered + EXCLUDED.answered,
        bought = lm.bought + EXCLUDED.bought,
        rented = lm.rented + EXCLUDED.rented;
  END IF;
  RETURN NULL;
END $$;

--
-- Name: loans_unit_in_service(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.loans_unit_in_service() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
  s unit_status;
BEGIN
  SELECT status INTO s FROM resource_units WHERE id = NEW.unit_id FOR SHARE;
  IF s IN ('out_of_service', 'retired', 'maintenance') AND NOT triarchy_restoring() THEN
    RAISE EXCEPTION 'unit % is %', NEW.unit_id, s USING ERRCODE = '23514', CONSTRAINT = 'loans_unit_in_service';
  END IF;
  RETURN NEW;
END $$;

--
-- Name: memberships_keep_a_steward(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.memberships_keep_a_steward() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF OLD.role <> 'steward' OR OLD.status <> 'active' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.role = 'steward' AND NEW.status = 'active' THEN
    RETURN NULL;
  END IF;
  PERFORM 1 FROM organizations WHERE id = OLD.organization_id FOR UPDATE;
  IF NOT FOUND THEN
    RETURN NULL; -- the organization itself is being deleted
  END IF;
  IF NOT EXISTS (
    SELECT 1 FROM memberships
    WHERE organization_id = OLD.organization_id AND role = 'steward' AND status = 'active'
  ) THEN
    RAISE EXCEPTION 'an organization must keep at least one steward' USING ERRCODE = '23514', CONSTRAINT = 'memberships_keep_a_steward';
  END IF;
  RETURN NULL;
END $$;

--
-- Name: notification_unread_follow(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.notification_unread_follow() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  -- Each branch names only the transition tables its operation has.
  IF TG_OP = 'INSERT' THEN
    INSERT INTO notification_unread AS u (person_id, unread)
    SELECT person_id, count(*)::int FROM new_rows WHERE read_at IS NULL GROUP BY person_id
    ON CONFLICT (person_id) DO UPDATE SET unread = u.unread + excluded.unread;
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE notification_unread u SET unread = u.unread + d.delta
    FROM (SELECT person_id, sum(delta)::int AS delta FROM (
            SELECT person_id, -1 AS delta FROM old_rows WHERE read_at IS NULL
            UNION ALL
            SELECT person_id, 1 FROM new_rows WHERE read_at IS NULL) c
          GROUP BY person_id) d
    WHERE u.person_id = d.person_id AND d.delta <> 0;
  ELSE
    -- A person being deleted takes their count with them (its row goes by cascade).
    UPDATE notification_unread u SET unread = u.unread - d.n
    FROM (SELECT person_id, count(*)::int AS n FROM old_rows WHERE read_at IS NULL GROUP BY person_id) d
    WHERE u.person_id = d.person_id;
  END IF;
  RETURN NULL;
END
$$;

--
-- Name: organization_list_moved_on(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.organization_list_moved_on() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  UPDATE organization_list_generation SET n = n + 1;
  RETURN NULL;
END
$$;

--
-- Name: organization_member_counts_cleared(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.organization_member_counts_cleared() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  DELETE FROM organization_member_counts;
  RETURN NULL;
END
$$;

--
-- Name: organization_member_counts_follow(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.organization_member_counts_follow() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.status = NEW.status AND OLD.organization_id = NEW.organization_id THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'active' THEN
    UPDATE organization_member_counts SET active = active - 1 WHERE organization_id = OLD.organization_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'active' THEN
    INSERT INTO organization_member_counts AS c (organization_id, active) VALUES (NEW.organization_id, 1)
    ON CONFLICT (organization_id) DO UPDATE SET active = c.active + 1;
  END IF;
  RETURN NULL;
END
$$;

--
-- Name: pb_ballots_in_voting(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pb_ballots_in_voting() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
  c record;
BEGIN
  IF triarchy_restoring() THEN
    RETURN NEW;
  END IF;
  SELECT voting_opens, voting_closes, pabulib_meta IS NOT NULL AS imported INTO c FROM pb_calls WHERE id = NEW.call_id;
  IF c.imported AND TG_OP = 'INSERT' THEN
    RETURN NEW;
  END IF;
  IF NOT (triarchy_now() >= c.voting_opens AND triarchy_now() < c.voting_closes) THEN
    RAISE EXCEPTION 'voting in call % is not open', NEW.call_id USING ERRCODE = '23514', CONSTRAINT = 'pb_ballots_voting_open';
  END IF;
  RETURN NEW;
END $$;

--
-- Name: pb_tranches_within_grant(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pb_tranches_within_grant() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
  granted bigint;
  planned numeric;
BEGIN
  IF triarchy_restoring() THEN
    RETURN NEW;
  END IF;
  SELECT amount INTO granted FROM pb_grants WHERE id = NEW.grant_id FOR UPDATE;
  SELECT coalesce(sum(amount), 0) INTO planned FROM pb_tranches WHERE grant_id = NEW.grant_id AND id <> NEW.id;
  IF planned + NEW.amount > granted THEN
    RAISE EXCEPTION 'grant % has % left; tranche needs %', NEW.grant_id, granted - planned, NEW.amount
      USING ERRCODE = '23514', CONSTRAINT = 'pb_tranches_within_grant';
  END IF;
  RETURN NEW;
END $$;

--
-- Name: phyle_beneficiaries_whole(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.phyle_beneficiaries_whole() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
  target uuid;
  total bigint;
BEGIN
  IF TG_OP = 'DELETE' THEN target := OLD.enterprise_id; ELSE target := NEW.enterprise_id; END IF;
  IF NOT EXISTS (SELECT 1 FROM phyle_charters WHERE enterprise_id = target) THEN RETURN NULL; END IF;
  SELECT coalesce(sum(weight_bp), 0) INTO total FROM phyle_beneficiaries WHERE enterprise_id = target;
  IF total <> 10000 THEN
    RAISE EXCEPTION 'a phyle''s beneficiaries must share 100%% of its commitment, not % basis points', total
      USING ERRCODE = '23514', CONSTRAINT = 'phyle_beneficiaries_whole';
  END IF;
  RETURN NULL;
END $$;

--
-- Name: phyle_commitments_exact(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.phyle_commitments_exact() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
  target uuid;
  expected bigint;
  total numeric;
BEGIN
  IF TG_TABLE_NAME = 'phyle_periods' THEN target := NEW.id; ELSE target := NEW.period_id; END IF;
  SELECT committed INTO expected FROM phyle_periods WHERE id = target;
  IF NOT FOUND THEN RETURN NULL; END IF;
  SELECT coalesce(sum(amount), 0) INTO total FROM phyle_commitments WHERE period_id = target;
  IF total <> expected THEN
    RAISE EXCEPTION 'phyle period % commitments sum to %, not %', target, total, expected
      USING ERRCODE = '23514', CONSTRAINT = 'phyle_commitments_exact';
  END IF;
  RETURN NULL;
END $$;

--
-- Name: postings_check(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.postings_check() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
  bad record;
BEGIN
  SELECT p.transaction_id, a.code, p.currency,
         t.posted_at IS DISTINCT FROM now() AND NOT triarchy_restoring() AS closed,
         a.book_id IS DISTINCT FROM t.book_id AS elsewhere
  INTO bad
  FROM new_postings p JOIN accounts a ON a.id = p.account_id JOIN transactions t ON t.id = p.transaction_id
  WHERE (t.posted_at IS DISTINCT FROM now() AND NOT triarchy_restoring())
     OR a.book_id IS DISTINCT FROM t.book_id
     OR NOT p.currency = ANY (a.currencies)
  LIMIT 1;
  IF NOT FOUND THEN RETURN NULL; END IF;
  IF bad.closed THEN
    RAISE EXCEPTION 'transaction % is already in the books; post a new entry instead', bad.transaction_id
      USING ERRCODE = '23514', CONSTRAINT = 'ledger_immutable';
  ELSIF bad.elsewhere THEN
    RAISE EXCEPTION 'account % is not in this transaction''s book', bad.code USING ERRCODE = '23514', CONSTRAINT = 'postings_same_book';
  ELSE
    RAISE EXCEPTION 'account % does not hold %', bad.code, bad.currency USING ERRCODE = '23514', CONSTRAINT = 'postings_currency_held';
  END IF;
END $$;

--
-- Name: postings_rollup(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.postings_rollup() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  -- A row first, then the update: an upsert would check the floor against the new postings alone
  -- (constraints are checked on the row proposed for insertion, before the conflict is found).
  INSERT INTO account_balances (account_id, currency, balance, postings, floor)
  SELECT n.account_id, n.currency, 0, 0,
         CASE WHEN a.allow_negative THEN NULL WHEN a.type IN ('asset', 'expense') THEN 1 ELSE -1 END
  FROM (SELECT DISTINCT account_id, currency FROM new_postings) n JOIN accounts a ON a.id = n.account_id
  ORDER BY n.account_id, n.currency
  ON CONFLICT ON CONSTRAINT account_balances_pkey DO NOTHING;
  PERFORM 1 FROM account_balances b
  WHERE (b.account_id, b.currency) IN (SELECT account_id, currency FROM new_postings)
  ORDER BY b.account_id, b.currency
  FOR UPDATE;
  UPDATE account_balances b SET balance = b.balance + s.total, postings = b.postings + s.n
  FROM (SELECT account_id, currency, sum(amount) AS total, count(*)::int AS n FROM new_postings GROUP BY account_id, currency) s
  WHERE b.account_id = s.account_id AND b.currency = s.currency;
  INSERT INTO ledger_months AS m (book_id, month, account_id, kind, counterparty_kind, currency, amount, postings)
  SELECT t.book_id, date_trunc('month', t.date)::date, p.account_id, t.kind, t.counterparty_kind, p.currency, sum(p.amount), count(*)::int
  FROM new_postings p JOIN transactions t ON t.id = p.transaction_id
  GROUP BY t.book_id, date_trunc('month', t.date)::date, p.account_id, t.kind, t.counterparty_kind, p.currency
  ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ON CONSTRAINT ledger_months_pkey DO UPDATE
    SET amount = m.amount + EXCLUDED.amount, postings = m.postings + EXCLUDED.postings;
  RETURN NULL;
END $$;

--
-- Name: proposal_electors_frozen(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.proposal_electors_frozen() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF triarchy_restoring() OR pg_trigger_depth() > 1 THEN
    RETURN COALESCE(NEW, OLD);
  END IF;
  IF TG_OP = 'INSERT' AND (SELECT status FROM proposals WHERE id = NEW.proposal_id) = 'scheduled' THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'the electorate of proposal % is frozen', COALESCE(NEW.proposal_id, OLD.proposal_id)
    USING ERRCODE = '23514', CONSTRAINT = 'proposal_electors_frozen';
END $$;

--
-- Name: proposals_guard(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.proposals_guard() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF OLD.status IN ('closed', 'cancelled') THEN
    RAISE EXCEPTION 'proposal % is % and can no longer change', OLD.id, OLD.status
      USING ERRCODE = '23514', CONSTRAINT = 'proposals_final';
  END IF;
  IF OLD.status = 'open' AND (NEW.title, NEW.body, NEW.method, NEW.options, NEW.threshold_numerator, NEW.threshold_denominator,
      NEW.score_max, NEW.electorate_roles, NEW.quorum_percent, NEW.ballot, NEW.opens_at, NEW.closes_at, NEW.electorate_size, NEW.opened_at)
      IS DISTINCT FROM (OLD.title, OLD.body, OLD.method, OLD.options, OLD.threshold_numerator, OLD.threshold_denominator,
      OLD.score_max, OLD.electorate_roles, OLD.quorum_percent, OLD.ballot, OLD.opens_at, OLD.closes_at, OLD.electorate_size, OLD.opened_at) THEN
    RAISE EXCEPTION 'proposal % is open for voting: its terms are fixed', OLD.id
      USING ERRCODE = '23514', CONSTRAINT = 'proposals_fixed';
  END IF;
  IF NEW.status = 'open' AND OLD.status = 'scheduled' AND triarchy_now() < OLD.opens_at THEN
    RAISE EXCEPTION 'proposal % opens at %', OLD.id, OLD.opens_at USING ERRCODE = '23514', CONSTRAINT = 'proposals_opening';
  END IF;
  IF NEW.status = 'closed' AND triarchy_now() < OLD.closes_at THEN
    RAISE EXCEPTION 'proposal % closes at %', OLD.id, OLD.closes_at USING ERRCODE = '23514', CONSTRAINT = 'proposals_closing';
  END IF;
  IF NEW.status = 'closed' AND OLD.status <> 'open' THEN
    RAISE EXCEPTION 'proposal % was never open', OLD.id USING ERRCODE = '23514', CONSTRAINT = 'proposals_closing';
  END IF;
  RETURN NEW;
END $$;

--
-- Name: reciprocity_agreements_guard(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.reciprocity_agreements_guard() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF triarchy_restoring() THEN RETURN NEW; END IF;
  IF OLD.status IN ('declined', 'ended') THEN
    RAISE EXCEPTION 'agreement % is % and can no longer change', OLD.id, OLD.status
      USING ERRCODE = '23514', CONSTRAINT = 'reciprocity_agreements_final';
  END IF;
  IF OLD.status = 'active' AND (NEW.status NOT IN ('active', 'ended') OR
      (NEW.period, NEW.currency, NEW.fixed_fee, NEW.revenue_share_bp, NEW.pledge_minutes, NEW.due_days, NEW.starts_on, NEW.terms)
      IS DISTINCT FROM (OLD.period, OLD.currency, OLD.fixed_fee, OLD.revenue_share_bp, OLD.pledge_minutes, OLD.due_days, OLD.starts_on, OLD.terms)) THEN
    RAISE EXCEPTION 'agreement % is in force: its terms are fixed', OLD.id
      USING ERRCODE = '23514', CONSTRAINT = 'reciprocity_agreements_fixed';
  END IF;
  RETURN NEW;
END $$;

--
-- Name: reciprocity_agreements_parties(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.reciprocity_agreements_parties() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF triarchy_restoring() THEN RETURN NEW; END IF;
  IF NOT EXISTS (SELECT 1 FROM organizations WHERE id = NEW.enterprise_id AND kind = 'enterprise') THEN
    RAISE EXCEPTION 'agreements are made by enterprises' USING ERRCODE = '23514', CONSTRAINT = 'reciprocity_agreements_enterprise';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM commons WHERE id = NEW.commons_id AND steward_association_id = NEW.association_id) THEN
    RAISE EXCEPTION 'agreements are with the association that stewards the commons'
      USING ERRCODE = '23514', CONSTRAINT = 'reciprocity_agreements_steward';
  END IF;
  RETURN NEW;
END $$;

--
-- Name: reciprocity_invoices_guard(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.reciprocity_invoices_guard() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF triarchy_restoring() THEN RETURN NEW; END IF;
  IF TG_OP = 'INSERT' THEN
    IF NOT EXISTS (SELECT 1 FROM reciprocity_agreements WHERE id = NEW.agreement_id AND status IN ('active', 'ended')
        AND NEW.period_start >= starts_on) THEN
      RAISE EXCEPTION 'invoices are raised on agreements in force, for periods they cover'
        USING ERRCODE = '23514', CONSTRAINT = 'reciprocity_invoices_agreement';
    END IF;
    RETURN NEW;
  END IF;
  IF OLD.status <> 'open' THEN
    RAISE EXCEPTION 'invoice % is % and can no longer change', OLD.id, OLD.status
      USING ERRCODE = '23514', CONSTRAINT = 'reciprocity_invoices_final';
  END IF;
  IF (NEW.agreement_id, NEW.period_start, NEW.period_end, NEW.declared_revenue, NEW.amount, NEW.currency, NEW.due_on, NEW.raised_transaction_id)
      IS DISTINCT FROM (OLD.agreement_id, OLD.period_start, OLD.period_end, OLD.declared_revenue, OLD.amount, OLD.currency, OLD.due_on, OLD.raised_transaction_id) THEN
    RAISE EXCEPTION 'invoice % was raised: only its payment is recorded', OLD.id
      USING ERRCODE = '23514', CONSTRAINT = 'reciprocity_invoices_fixed';
  END IF;
  RETURN NEW;
END $$;

--
-- Name: revisions_immutable(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.revisions_immutable() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  RAISE EXCEPTION 'revisions are immutable' USING ERRCODE = '42501';
END $$;

--
-- Name: revisions_sequence(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.revisions_sequence() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  UPDATE documents SET head = NEW.number, updated_at = now()
    WHERE id = NEW.document_id AND head = NEW.number - 1;
  IF NOT FOUND AND NOT EXISTS (SELECT 1 FROM documents WHERE id = NEW.document_id AND head >= NEW.number) THEN
    RAISE EXCEPTION 'revision % is not the next revision of its document', NEW.number
      USING ERRCODE = '23505', CONSTRAINT = 'revisions_sequence';
  END IF;
  RETURN NEW;
END $$;

--
-- Name: transactions_balanced(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.transactions_balanced() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
  n integer;
  off record;
BEGIN
  SELECT count(*) INTO n FROM postings WHERE transaction_id = NEW.id;
  IF n < 2 THEN
    RAISE EXCEPTION 'transaction % has % posting(s); it needs at least two', NEW.id, n
      USING ERRCODE = '23514', CONSTRAINT = 'transactions_balanced';
  END IF;
  SELECT currency, sum(amount) AS total INTO off FROM postings WHERE transaction_id = NEW.id
    GROUP BY currency HAVING sum(amount) <> 0 LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'transaction % does not balance in %: off by %', NEW.id, off.currency, off.total
      USING ERRCODE = '23514', CONSTRAINT = 'transactions_balanced';
  END IF;
  RETURN NULL;
END $$;

--
-- Name: triarchy_now(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.triarchy_now() RETURNS timestamp with time zone
    LANGUAGE sql
    AS $$
  SELECT coalesce(triarchy_replayed_at(), clock_timestamp() + last_value * interval '1 millisecond') FROM triarchy_clock_offset_ms
$$;

--
-- Name: triarchy_replayed_at(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.triarchy_replayed_at() RETURNS timestamp with time zone
    LANGUAGE sql STABLE
    AS $$
  SELECT nullif(current_setting('triarchy.replay_at', true), '')::timestamptz
$$;

--
-- Name: triarchy_restoring(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.triarchy_restoring() RETURNS boolean
    LANGUAGE sql STABLE
    AS $$
  SELECT coalesce(current_setting('triarchy.restoring', true), '') = 'on'
$$;

--
-- Name: triarchy_sign_ins_moved(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.triarchy_sign_ins_moved() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  PERFORM pg_notify('triarchy_sign_ins', '');
  RETURN NULL;
END $$;

--
-- Name: triarchy_written_at(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.triarchy_written_at() RETURNS timestamp with time zone
    LANGUAGE sql STABLE
    AS $$
  SELECT coalesce(triarchy_replayed_at(), now())
$$;

--
-- Name: value_buckets_total(jsonb); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.value_buckets_total(buckets jsonb) RETURNS bigint
    LANGUAGE sql IMMUTABLE
    AS $$
  SELECT coalesce(sum((b ->> 'shareBp')::bigint), 0) FROM jsonb_array_elements(buckets) b
$$;

--
-- Name: votes_window(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.votes_window() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
  p record;
BEGIN
  IF triarchy_restoring() OR pg_trigger_depth() > 1 THEN
    RETURN COALESCE(NEW, OLD);
  END IF;
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'votes are not deleted' USING ERRCODE = '23514', CONSTRAINT = 'votes_window';
  END IF;
  SELECT status, opens_at, closes_at INTO p FROM proposals WHERE id = NEW.proposal_id FOR KEY SHARE;
  IF p.status IS DISTINCT FROM 'open' OR triarchy_now() < p.opens_at OR triarchy_now() >= p.closes_at THEN
    RAISE EXCEPTION 'voting on proposal % is not open', NEW.proposal_id USING ERRCODE = '23514', CONSTRAINT = 'votes_window';
  END IF;
  RETURN NEW;
END $$;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: account_balances; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.account_balances (
    account_id uuid NOT NULL,
    currency character(3) NOT NULL,
    balance numeric(38,0) NOT NULL,
    postings integer NOT NULL,
    floor smallint,
    CONSTRAINT account_balances_floor CHECK (((floor IS NULL) OR ((balance * (floor)::numeric) >= (0)::numeric)))
);

--
-- Name: account_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.account_tokens (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    person_id uuid NOT NULL,
    purpose public.account_token_purpose NOT NULL,
    token_hash text NOT NULL,
    email text NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    used_at timestamp with time zone
);

--
-- Name: accounts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.accounts (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    book_id uuid NOT NULL,
    code text NOT NULL,
    name text NOT NULL,
    type public.account_type NOT NULL,
    currencies character(3)[] NOT NULL,
    allow_negative boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT accounts_code_format CHECK ((code ~ '^(assets|liabilities|equity|income|expenses)(:[a-z0-9][a-z0-9-]{0,49}){1,3}$'::text)),
    CONSTRAINT accounts_code_type CHECK ((split_part(code, ':'::text, 1) =
CASE type
    WHEN 'asset'::public.account_type THEN 'assets'::text
    WHEN 'liability'::public.account_type THEN 'liabilities'::text
    WHEN 'equity'::public.account_type THEN 'equity'::text
    WHEN 'income'::public.account_type THEN 'income'::text
    ELSE 'expenses'::text
END)),
    CONSTRAINT accounts_currencies CHECK (((cardinality(currencies) >= 1) AND (cardinality(currencies) <= 10)))
);

--
-- Name: activities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.activities (
    id bigint NOT NULL,
    actor_id uuid,
    verb text NOT NULL,
    object_type text NOT NULL,
    object_id uuid NOT NULL,
    target_type text,
    target_id uuid,
    organization_id uuid,
    visibility public.activity_visibility DEFAULT 'public'::public.activity_visibility NOT NULL,
    data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    xact bigint DEFAULT ((pg_current_xact_id())::text)::bigint NOT NULL,
    audience uuid[] DEFAULT '{}'::uuid[] NOT NULL
);

--
-- Name: activities_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.activities ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.activities_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: actor_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.actor_keys (
    actor_id uuid NOT NULL,
    algorithm text NOT NULL,
    public_key jsonb NOT NULL,
    private_key jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT actor_keys_algorithm CHECK ((algorithm = ANY (ARRAY['RSASSA-PKCS1-v1_5'::text, 'Ed25519'::text])))
);

--
-- Name: affiliations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.affiliations (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    person_id uuid NOT NULL,
    enterprise_id uuid NOT NULL,
    starts_on date NOT NULL,
    ends_on date,
    status public.affiliation_status DEFAULT 'claimed'::public.affiliation_status NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    review_note text DEFAULT ''::text NOT NULL,
    reviewed_by uuid,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    updated_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT affiliations_dates_ordered CHECK (((ends_on IS NULL) OR (ends_on >= starts_on)))
);

--
-- Name: api_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_tokens (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    person_id uuid NOT NULL,
    name text NOT NULL,
    token_hash text NOT NULL,
    prefix text NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    last_used_at timestamp with time zone,
    revoked_at timestamp with time zone
);

--
-- Name: blobs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.blobs (
    hash text NOT NULL,
    content text NOT NULL,
    bytes integer NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT blobs_hash_format CHECK ((hash ~ '^[0-9a-f]{64}$'::text))
);

--
-- Name: bookings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bookings (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    unit_id uuid NOT NULL,
    type_id uuid NOT NULL,
    library_id uuid NOT NULL,
    person_id uuid NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    blocked_from timestamp with time zone NOT NULL,
    blocked_until timestamp with time zone NOT NULL,
    status public.booking_status DEFAULT 'confirmed'::public.booking_status NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    fee bigint DEFAULT 0 NOT NULL,
    deposit bigint DEFAULT 0 NOT NULL,
    overridden_rules text[] DEFAULT '{}'::text[] NOT NULL,
    override_reason text,
    overridden_by uuid,
    affected_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    updated_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT bookings_blocked_covers CHECK (((blocked_from <= starts_at) AND (blocked_until >= ends_at))),
    CONSTRAINT bookings_money CHECK (((fee >= 0) AND (deposit >= 0))),
    CONSTRAINT bookings_override_reasoned CHECK (((cardinality(overridden_rules) = 0) OR (override_reason IS NOT NULL))),
    CONSTRAINT bookings_period CHECK ((starts_at < ends_at))
);

--
-- Name: books; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.books (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid,
    person_id uuid,
    currency character(3) NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT books_currency CHECK ((currency ~ '^[A-Z]{3}$'::text)),
    CONSTRAINT books_one_owner CHECK ((num_nonnulls(organization_id, person_id) = 1))
);

--
-- Name: borrowing_approvals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.borrowing_approvals (
    type_id uuid NOT NULL,
    person_id uuid NOT NULL,
    approved_by uuid,
    note text DEFAULT ''::text NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL
);

--
-- Name: budget_lines; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.budget_lines (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    budget_id uuid NOT NULL,
    name text NOT NULL,
    account_id uuid NOT NULL,
    amount bigint NOT NULL,
    currency character(3) NOT NULL,
    "position" smallint NOT NULL,
    CONSTRAINT budget_lines_amount CHECK (((amount > 0) AND (amount <= '1000000000000000'::bigint)))
);

--
-- Name: budgets; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.budgets (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    year smallint NOT NULL,
    title text NOT NULL,
    status public.budget_status DEFAULT 'draft'::public.budget_status NOT NULL,
    proposal_id uuid,
    created_by uuid,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT budgets_decided CHECK (((status = 'draft'::public.budget_status) OR (proposal_id IS NOT NULL))),
    CONSTRAINT budgets_year CHECK (((year >= 2000) AND (year <= 2200)))
);

--
-- Name: calendar_feed_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.calendar_feed_tokens (
    person_id uuid NOT NULL,
    token_hash text NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL
);

--
-- Name: comment_versions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.comment_versions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    comment_id uuid NOT NULL,
    body text NOT NULL,
    written_at timestamp with time zone NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL
);

--
-- Name: comments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.comments (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    thread_id uuid NOT NULL,
    author_id uuid,
    body text NOT NULL,
    html text NOT NULL,
    edited_at timestamp with time zone,
    hidden_at timestamp with time zone,
    hidden_by uuid,
    hidden_reason text,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    remote_author_uri text,
    remote_author_handle text,
    remote_author_name text,
    remote_uri text,
    CONSTRAINT comments_hidden_reason CHECK (((hidden_at IS NULL) = (hidden_reason IS NULL))),
    CONSTRAINT comments_remote_author CHECK ((((remote_author_uri IS NULL) = (remote_uri IS NULL)) AND ((remote_author_uri IS NULL) OR (author_id IS NULL))))
);

--
-- Name: commons; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.commons (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    slug text NOT NULL,
    title text NOT NULL,
    summary text DEFAULT ''::text NOT NULL,
    licence text NOT NULL,
    community_id uuid NOT NULL,
    steward_association_id uuid,
    tags text[] DEFAULT '{}'::text[] NOT NULL,
    forked_from_id uuid,
    forked_at timestamp with time zone,
    created_by uuid,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    updated_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    forked_from_uri text,
    CONSTRAINT commons_fork_lineage CHECK ((((forked_from_id IS NULL) AND (forked_from_uri IS NULL)) OR (forked_at IS NOT NULL))),
    CONSTRAINT commons_licence_known CHECK ((licence = ANY (ARRAY['CC0-1.0'::text, 'CC-BY-4.0'::text, 'CC-BY-SA-4.0'::text, 'MIT'::text, 'Apache-2.0'::text, 'BSD-3-Clause'::text, 'MPL-2.0'::text, 'LGPL-3.0-or-later'::text, 'GPL-2.0-or-later'::text, 'GPL-3.0-or-later'::text, 'AGPL-3.0-or-later'::text, 'CERN-OHL-S-2.0'::text, 'CERN-OHL-W-2.0'::text, 'CERN-OHL-P-2.0'::text, 'ODbL-1.0'::text, 'GFDL-1.3-or-later'::text, 'LicenseRef-Peer-Production-License'::text, 'LicenseRef-CopyFair'::text]))),
    CONSTRAINT commons_one_origin CHECK (((forked_from_id IS NULL) OR (forked_from_uri IS NULL))),
    CONSTRAINT commons_tags_bounded CHECK ((cardinality(tags) <= 12))
);

--
-- Name: commons_uses; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.commons_uses (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    commons_id uuid NOT NULL,
    enterprise_id uuid NOT NULL,
    purpose public.use_purpose NOT NULL,
    product text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    surplus_to_workers boolean DEFAULT false NOT NULL,
    since date NOT NULL,
    ended_on date,
    declared_by uuid,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    updated_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT commons_uses_dates CHECK (((ended_on IS NULL) OR (ended_on >= since))),
    CONSTRAINT commons_uses_product CHECK (((length(product) >= 1) AND (length(product) <= 200)))
);

--
-- Name: contribution_supports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.contribution_supports (
    contribution_id uuid NOT NULL,
    person_id uuid NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL
);

--
-- Name: contributions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.contributions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    commons_id uuid NOT NULL,
    type public.contribution_type NOT NULL,
    kind public.contribution_kind NOT NULL,
    status public.contribution_status DEFAULT 'pending'::public.contribution_status NOT NULL,
    author_id uuid,
    title text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    performed_on date NOT NULL,
    document_id uuid,
    base_revision_id uuid,
    proposed_hash text,
    path text,
    document_title text,
    format public.document_format,
    source_revision_id uuid,
    minutes integer,
    link text,
    lines_added integer DEFAULT 0 NOT NULL,
    lines_removed integer DEFAULT 0 NOT NULL,
    support_count integer DEFAULT 0 NOT NULL,
    conflict_note text,
    reviewer_id uuid,
    review_note text DEFAULT ''::text NOT NULL,
    reviewed_at timestamp with time zone,
    result_revision_id uuid,
    funding public.funding,
    paid_by_id uuid,
    size integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    updated_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    external_id text,
    external_author text,
    remote_author_uri text,
    remote_author_handle text,
    remote_author_name text,
    remote_offer_uri text,
    CONSTRAINT contributions_counts CHECK (((lines_added >= 0) AND (lines_removed >= 0) AND (size >= 0) AND (support_count >= 0))),
    CONSTRAINT contributions_credited CHECK (((status = 'accepted'::public.contribution_status) = (funding IS NOT NULL))),
    CONSTRAINT contributions_minutes_range CHECK (((minutes IS NULL) OR ((minutes >= 1) AND (minutes <= 60000)))),
    CONSTRAINT contributions_paid_by CHECK (((funding = 'paid'::public.funding) = (paid_by_id IS NOT NULL))),
    CONSTRAINT contributions_remote_author CHECK ((((remote_author_uri IS NULL) = (remote_offer_uri IS NULL)) AND ((remote_author_uri IS NULL) OR (author_id IS NULL)))),
    CONSTRAINT contributions_reviewed CHECK (((status = ANY (ARRAY['accepted'::public.contribution_status, 'rejected'::public.contribution_status])) = (reviewed_at IS NOT NULL))),
    CONSTRAINT contributions_type_fields CHECK (
CASE type
    WHEN 'work'::public.contribution_type THEN ((minutes IS NOT NULL) AND (document_id IS NULL) AND (proposed_hash IS NULL))
    WHEN 'edit'::public.contribution_type THEN ((document_id IS NOT NULL) AND (base_revision_id IS NOT NULL) AND (proposed_hash IS NOT NULL))
    WHEN 'new_document'::public.contribution_type THEN ((path IS NOT NULL) AND (document_title IS NOT NULL) AND (format IS NOT NULL) AND (proposed_hash IS NOT NULL))
    WHEN 'commit'::public.contribution_type THEN ((external_id IS NOT NULL) AND (document_id IS NULL) AND (proposed_hash IS NULL))
    ELSE NULL::boolean
END)
);

--
-- Name: credit_days; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.credit_days (
    commons_id uuid NOT NULL,
    day date NOT NULL,
    funding public.funding NOT NULL,
    paid_by_id uuid,
    work boolean NOT NULL,
    contributions integer NOT NULL,
    size bigint NOT NULL,
    CONSTRAINT credit_days_counts CHECK (((contributions > 0) AND (size >= 0)))
);

--
-- Name: distribution_shares; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.distribution_shares (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    distribution_id uuid NOT NULL,
    "position" integer NOT NULL,
    kind public.share_kind NOT NULL,
    label text NOT NULL,
    person_id uuid,
    account_id uuid NOT NULL,
    amount bigint NOT NULL,
    points numeric(38,6),
    contributions integer DEFAULT 0 NOT NULL,
    minutes bigint DEFAULT 0 NOT NULL,
    lines bigint DEFAULT 0 NOT NULL,
    reviews integer DEFAULT 0 NOT NULL,
    CONSTRAINT distribution_shares_amount CHECK ((amount >= 0)),
    CONSTRAINT distribution_shares_person CHECK (((kind = 'contributor'::public.share_kind) <= (person_id IS NOT NULL)))
);

--
-- Name: distributions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.distributions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    commons_id uuid,
    organization_id uuid NOT NULL,
    book_id uuid NOT NULL,
    source_account_id uuid NOT NULL,
    amount bigint NOT NULL,
    currency character(3) NOT NULL,
    window_from date NOT NULL,
    window_to date NOT NULL,
    equation jsonb NOT NULL,
    statement_hash text NOT NULL,
    description text NOT NULL,
    transaction_id uuid NOT NULL,
    created_by uuid,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT distributions_amount CHECK (((amount >= 1) AND (amount <= '1000000000000000'::bigint))),
    CONSTRAINT distributions_window CHECK ((window_to >= window_from))
);

--
-- Name: documents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.documents (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    commons_id uuid NOT NULL,
    path text NOT NULL,
    title text NOT NULL,
    format public.document_format NOT NULL,
    head integer DEFAULT 0 NOT NULL,
    forked_from_document_id uuid,
    forked_from_revision integer,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    updated_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    forked_from_uri text,
    CONSTRAINT documents_head_non_negative CHECK ((head >= 0))
);

--
-- Name: donations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.donations (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    donor_id uuid,
    anonymous boolean DEFAULT false NOT NULL,
    amount bigint NOT NULL,
    currency character(3) NOT NULL,
    message text DEFAULT ''::text NOT NULL,
    status public.donation_status DEFAULT 'pending'::public.donation_status NOT NULL,
    reviewed_by uuid,
    reviewed_at timestamp with time zone,
    transaction_id uuid,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT donations_amount CHECK (((amount > 0) AND (amount <= '1000000000000000'::bigint))),
    CONSTRAINT donations_posted CHECK (((status = 'confirmed'::public.donation_status) = (transaction_id IS NOT NULL)))
);

--
-- Name: expenses; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.expenses (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    submitted_by uuid,
    payee_person_id uuid,
    payee_name text NOT NULL,
    amount bigint NOT NULL,
    currency character(3) NOT NULL,
    purpose text NOT NULL,
    account_id uuid NOT NULL,
    budget_line_id uuid,
    status public.expense_status DEFAULT 'submitted'::public.expense_status NOT NULL,
    approval public.expense_approval,
    proposal_id uuid,
    decided_by uuid,
    decided_at timestamp with time zone,
    decision_note text,
    transaction_id uuid,
    paid_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    updated_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT expenses_amount CHECK (((amount > 0) AND (amount <= '1000000000000000'::bigint))),
    CONSTRAINT expenses_authorised CHECK (((status <> ALL (ARRAY['approved'::public.expense_status, 'paid'::public.expense_status])) OR ((approval = 'decision'::public.expense_approval) AND (proposal_id IS NOT NULL)) OR ((approval = 'budget'::public.expense_approval) AND (budget_line_id IS NOT NULL) AND (decided_by IS NOT NULL)))),
    CONSTRAINT expenses_paid CHECK (((status = 'paid'::public.expense_status) = ((transaction_id IS NOT NULL) AND (paid_at IS NOT NULL))))
);

--
-- Name: federation_blocks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.federation_blocks (
    target text NOT NULL,
    kind text NOT NULL,
    reason text DEFAULT ''::text NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT federation_blocks_kind CHECK ((kind = ANY (ARRAY['instance'::text, 'actor'::text])))
);

--
-- Name: federation_kv; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.federation_kv (
    key text NOT NULL,
    value jsonb NOT NULL,
    expires_at timestamp with time zone
);

--
-- Name: federation_progress; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.federation_progress (
    one boolean DEFAULT true NOT NULL,
    xact bigint NOT NULL,
    activity_id bigint NOT NULL,
    CONSTRAINT federation_progress_one_check CHECK (one)
);

--
-- Name: federation_queue; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.federation_queue (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    message jsonb NOT NULL,
    ordering_key text,
    due_at timestamp with time zone DEFAULT now() NOT NULL,
    taken_until timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: fee_schedules; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fee_schedules (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    amount bigint NOT NULL,
    currency character(3) NOT NULL,
    period public.fee_period NOT NULL,
    starts_on date NOT NULL,
    created_by uuid,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT fee_schedules_amount CHECK (((amount > 0) AND (amount <= '1000000000000000'::bigint)))
);

--
-- Name: follows; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.follows (
    person_id uuid NOT NULL,
    subject_type public.followable NOT NULL,
    subject_id uuid NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL
);

--
-- Name: instance; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.instance (
    id integer DEFAULT 1 NOT NULL,
    name text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    updated_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    require_verified_email boolean DEFAULT false NOT NULL,
    CONSTRAINT instance_singleton CHECK ((id = 1))
);

--
-- Name: ledger_months; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ledger_months (
    book_id uuid NOT NULL,
    month date NOT NULL,
    account_id uuid NOT NULL,
    kind public.transaction_kind NOT NULL,
    counterparty_kind public.counterparty_kind NOT NULL,
    currency character(3) NOT NULL,
    amount numeric(38,0) NOT NULL,
    postings integer NOT NULL
);

--
-- Name: libraries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.libraries (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    slug text NOT NULL,
    name text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    time_zone text NOT NULL,
    currency character(3) DEFAULT 'EUR'::bpchar NOT NULL,
    address text DEFAULT ''::text NOT NULL,
    latitude numeric(9,6),
    longitude numeric(9,6),
    opening_hours jsonb NOT NULL,
    rules jsonb NOT NULL,
    created_by uuid,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    updated_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT libraries_latitude CHECK (((latitude >= ('-90'::integer)::numeric) AND (latitude <= (90)::numeric))),
    CONSTRAINT libraries_longitude CHECK (((longitude >= ('-180'::integer)::numeric) AND (longitude <= (180)::numeric))),
    CONSTRAINT libraries_position CHECK (((latitude IS NULL) = (longitude IS NULL)))
);

--
-- Name: library_borrowers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.library_borrowers (
    library_id uuid NOT NULL,
    person_id uuid NOT NULL,
    loans integer DEFAULT 0 NOT NULL
);

--
-- Name: library_closures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.library_closures (
    library_id uuid NOT NULL,
    day date NOT NULL,
    reason text DEFAULT ''::text NOT NULL
);

--
-- Name: loan_months; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.loan_months (
    unit_id uuid NOT NULL,
    month date NOT NULL,
    loans integer DEFAULT 0 NOT NULL,
    custody_minutes bigint DEFAULT 0 NOT NULL,
    paid bigint DEFAULT 0 NOT NULL,
    answered integer DEFAULT 0 NOT NULL,
    bought integer DEFAULT 0 NOT NULL,
    rented integer DEFAULT 0 NOT NULL
);

--
-- Name: loans; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.loans (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    unit_id uuid NOT NULL,
    booking_id uuid,
    custodian_id uuid NOT NULL,
    checked_out_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    due_at timestamp with time zone NOT NULL,
    condition_out public.unit_condition NOT NULL,
    notes_out text DEFAULT ''::text NOT NULL,
    checked_out_by uuid,
    checked_in_at timestamp with time zone,
    condition_in public.unit_condition,
    notes_in text,
    checked_in_by uuid,
    without_loan public.without_loan_answer,
    reminded_overdue_at timestamp with time zone,
    CONSTRAINT loans_answer_after_return CHECK (((without_loan IS NULL) OR (checked_in_at IS NOT NULL))),
    CONSTRAINT loans_closed_whole CHECK (((checked_in_at IS NULL) = (condition_in IS NULL))),
    CONSTRAINT loans_order CHECK (((checked_in_at IS NULL) OR (checked_in_at >= checked_out_at)))
);

--
-- Name: mail_key; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mail_key (
    id integer DEFAULT 1 NOT NULL,
    secret text NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT mail_key_singleton CHECK ((id = 1))
);

--
-- Name: mail_outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mail_outbox (
    id bigint NOT NULL,
    person_id uuid,
    to_address text NOT NULL,
    language text NOT NULL,
    template text NOT NULL,
    data jsonb DEFAULT '{}'::jsonb NOT NULL,
    thread_key text,
    topic text,
    dedupe_key text,
    status public.mail_status DEFAULT 'pending'::public.mail_status NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    next_attempt_at timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
    leased_until timestamp with time zone,
    last_error text,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    sent_at timestamp with time zone,
    CONSTRAINT mail_outbox_sent_has_time CHECK (((status = 'sent'::public.mail_status) = (sent_at IS NOT NULL)))
);

--
-- Name: mail_outbox_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.mail_outbox ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.mail_outbox_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: mail_replies_used; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mail_replies_used (
    token_hash text NOT NULL,
    used_at timestamp with time zone DEFAULT clock_timestamp() NOT NULL
);

--
-- Name: membership_fees; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.membership_fees (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    person_id uuid NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    transaction_id uuid NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT membership_fees_period CHECK ((period_end > period_start))
);

--
-- Name: memberships; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.memberships (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    person_id uuid NOT NULL,
    role public.membership_role DEFAULT 'member'::public.membership_role NOT NULL,
    status public.membership_status NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    updated_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL
);

--
-- Name: need_links; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.need_links (
    need_id uuid NOT NULL,
    contribution_id uuid NOT NULL,
    linked_by uuid,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL
);

--
-- Name: need_remote_takers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.need_remote_takers (
    need_id uuid NOT NULL,
    actor_uri text NOT NULL,
    handle text NOT NULL,
    name text DEFAULT ''::text NOT NULL,
    offer_uri text NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL
);

--
-- Name: need_takers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.need_takers (
    need_id uuid NOT NULL,
    person_id uuid NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL
);

--
-- Name: need_updates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.need_updates (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    need_id uuid NOT NULL,
    author_id uuid,
    body text NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL
);

--
-- Name: needs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.needs (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    type public.need_type NOT NULL,
    commons_id uuid,
    organization_id uuid,
    title text NOT NULL,
    body text DEFAULT ''::text NOT NULL,
    tags text[] DEFAULT '{}'::text[] NOT NULL,
    urgency public.urgency,
    due_on date,
    status public.need_status DEFAULT 'open'::public.need_status NOT NULL,
    author_id uuid,
    taker_count integer DEFAULT 0 NOT NULL,
    closed_by uuid,
    closed_at timestamp with time zone,
    close_note text DEFAULT ''::text NOT NULL,
    active_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    updated_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT needs_closed CHECK (((status = 'done'::public.need_status) = (closed_at IS NOT NULL))),
    CONSTRAINT needs_one_scope CHECK (((commons_id IS NULL) <> (organization_id IS NULL))),
    CONSTRAINT needs_tags_bounded CHECK ((cardinality(tags) <= 12)),
    CONSTRAINT needs_taker_count CHECK ((taker_count >= 0))
);

--
-- Name: notification_preferences; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notification_preferences (
    person_id uuid NOT NULL,
    kind public.notification_kind NOT NULL,
    delivery public.notification_delivery NOT NULL
);

--
-- Name: notification_progress; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notification_progress (
    one boolean DEFAULT true NOT NULL,
    xact bigint NOT NULL,
    activity_id bigint NOT NULL,
    CONSTRAINT notification_progress_one_check CHECK (one)
);

--
-- Name: notification_unread; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notification_unread (
    person_id uuid NOT NULL,
    unread integer NOT NULL
);

--
-- Name: notifications; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notifications (
    id bigint NOT NULL,
    person_id uuid NOT NULL,
    activity_id bigint NOT NULL,
    kind public.notification_kind NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    read_at timestamp with time zone
);

--
-- Name: notifications_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.notifications ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.notifications_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: organization_list_generation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.organization_list_generation (
    one boolean DEFAULT true NOT NULL,
    n bigint NOT NULL,
    CONSTRAINT organization_list_generation_one_check CHECK (one)
);

--
-- Name: organization_member_counts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.organization_member_counts (
    organization_id uuid NOT NULL,
    active integer NOT NULL,
    CONSTRAINT organization_member_counts_active_check CHECK ((active >= 0))
);

--
-- Name: organizations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.organizations (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    slug text NOT NULL,
    name text NOT NULL,
    kind public.organization_kind NOT NULL,
    ownership public.ownership,
    description text DEFAULT ''::text NOT NULL,
    website text,
    join_policy public.join_policy NOT NULL,
    created_by uuid,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    updated_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    search tsvector GENERATED ALWAYS AS ((setweight(to_tsvector('simple'::regconfig, name), 'A'::"char") || setweight(to_tsvector('simple'::regconfig, description), 'B'::"char"))) STORED,
    CONSTRAINT organizations_ownership_only_enterprise CHECK (((kind = 'enterprise'::public.organization_kind) = (ownership IS NOT NULL)))
);

--
-- Name: pb_ballot_choices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pb_ballot_choices (
    ballot_id uuid NOT NULL,
    call_id uuid NOT NULL,
    project_id uuid NOT NULL,
    points integer,
    rank smallint,
    CONSTRAINT pb_ballot_choices_points CHECK (((COALESCE(points, 1) > 0) AND (COALESCE((rank)::integer, 1) > 0)))
);

--
-- Name: pb_ballots; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pb_ballots (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    call_id uuid NOT NULL,
    voter_id uuid,
    reference text,
    paper boolean DEFAULT false NOT NULL,
    entered_by uuid,
    district_id uuid,
    pabulib_cells text[],
    file_position integer,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    updated_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT pb_ballots_someone CHECK (((voter_id IS NOT NULL) OR (reference IS NOT NULL)))
);

--
-- Name: pb_calls; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pb_calls (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    slug text NOT NULL,
    title text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    eligibility text DEFAULT ''::text NOT NULL,
    budget bigint NOT NULL,
    currency character(3) NOT NULL,
    budget_line_id uuid,
    categories text[] DEFAULT '{}'::text[] NOT NULL,
    phase public.pb_call_phase DEFAULT 'draft'::public.pb_call_phase NOT NULL,
    submission_opens timestamp with time zone NOT NULL,
    review_opens timestamp with time zone NOT NULL,
    voting_opens timestamp with time zone NOT NULL,
    voting_closes timestamp with time zone NOT NULL,
    implementation_opens timestamp with time zone NOT NULL,
    ballot_type public.pb_ballot_type NOT NULL,
    min_projects smallint,
    max_projects smallint,
    max_cost bigint,
    total_points integer,
    max_points_per_project integer,
    voters public.pb_voter_rule DEFAULT 'signed_in'::public.pb_voter_rule NOT NULL,
    secret boolean DEFAULT true NOT NULL,
    rules jsonb NOT NULL,
    pabulib_meta jsonb,
    created_by uuid,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT pb_calls_budget CHECK (((budget > 0) AND (budget <= '1000000000000000'::bigint))),
    CONSTRAINT pb_calls_lengths CHECK (((COALESCE((min_projects)::integer, 0) >= 0) AND (COALESCE((min_projects)::integer, 0) <= COALESCE((max_projects)::integer, 32767)))),
    CONSTRAINT pb_calls_phase_order CHECK (((submission_opens <= review_opens) AND (review_opens <= voting_opens) AND (voting_opens < voting_closes) AND (voting_closes <= implementation_opens))),
    CONSTRAINT pb_calls_points CHECK ((((ballot_type = 'cumulative'::public.pb_ballot_type) = (total_points IS NOT NULL)) AND (COALESCE(total_points, 1) > 0)))
);

--
-- Name: pb_districts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pb_districts (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    call_id uuid NOT NULL,
    name text NOT NULL,
    budget bigint NOT NULL,
    "position" smallint NOT NULL,
    CONSTRAINT pb_districts_budget CHECK (((budget > 0) AND (budget <= '1000000000000000'::bigint)))
);

--
-- Name: pb_grants; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pb_grants (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    call_id uuid NOT NULL,
    project_id uuid NOT NULL,
    recipient_person_id uuid,
    recipient_organization_id uuid,
    recipient_name text NOT NULL,
    amount bigint NOT NULL,
    status public.pb_grant_status DEFAULT 'active'::public.pb_grant_status NOT NULL,
    progress smallint DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT pb_grants_amount CHECK (((amount > 0) AND (amount <= '1000000000000000'::bigint))),
    CONSTRAINT pb_grants_progress CHECK (((progress >= 0) AND (progress <= 100)))
);

--
-- Name: pb_projects; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pb_projects (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    call_id uuid NOT NULL,
    number text NOT NULL,
    title text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    district_id uuid,
    categories text[] DEFAULT '{}'::text[] NOT NULL,
    cost bigint NOT NULL,
    cost_breakdown jsonb DEFAULT '[]'::jsonb NOT NULL,
    location jsonb,
    images text[] DEFAULT '{}'::text[] NOT NULL,
    commons_id uuid,
    author_id uuid,
    organization_id uuid,
    status public.pb_project_status DEFAULT 'submitted'::public.pb_project_status NOT NULL,
    review_reason text,
    cost_note text,
    reviewed_by uuid,
    reviewed_at timestamp with time zone,
    supports integer DEFAULT 0 NOT NULL,
    pabulib_cells text[],
    file_position integer,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    updated_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT pb_projects_cost CHECK (((cost > 0) AND (cost <= '1000000000000000'::bigint))),
    CONSTRAINT pb_projects_reviewed CHECK (((status = ANY (ARRAY['submitted'::public.pb_project_status, 'withdrawn'::public.pb_project_status])) OR ((reviewed_at IS NOT NULL) AND (review_reason IS NOT NULL))))
);

--
-- Name: pb_register; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pb_register (
    call_id uuid NOT NULL,
    identifier_hash character(64) NOT NULL,
    code_hash character(64) NOT NULL,
    claimed_by uuid,
    claimed_at timestamp with time zone
);

--
-- Name: pb_reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pb_reports (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    grant_id uuid NOT NULL,
    author_id uuid,
    body text NOT NULL,
    progress smallint NOT NULL,
    evidence text[] DEFAULT '{}'::text[] NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT pb_reports_progress CHECK (((progress >= 0) AND (progress <= 100)))
);

--
-- Name: pb_results; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pb_results (
    call_id uuid NOT NULL,
    rule text NOT NULL,
    winners uuid[] NOT NULL,
    cost bigint NOT NULL,
    ballots integer NOT NULL,
    explanation jsonb NOT NULL,
    official boolean NOT NULL,
    computed_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL
);

--
-- Name: pb_supports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pb_supports (
    project_id uuid NOT NULL,
    person_id uuid NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL
);

--
-- Name: pb_tranches; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pb_tranches (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    grant_id uuid NOT NULL,
    "position" smallint NOT NULL,
    milestone text NOT NULL,
    amount bigint NOT NULL,
    due_on date,
    expense_id uuid,
    paid_at timestamp with time zone,
    CONSTRAINT pb_tranches_amount CHECK (((amount > 0) AND (amount <= '1000000000000000'::bigint))),
    CONSTRAINT pb_tranches_paid CHECK (((expense_id IS NULL) = (paid_at IS NULL)))
);

--
-- Name: people; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.people (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    handle text NOT NULL,
    name text NOT NULL,
    bio text DEFAULT ''::text NOT NULL,
    email text NOT NULL,
    password_hash text NOT NULL,
    is_admin boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    updated_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    email_verified_at timestamp with time zone,
    language text,
    CONSTRAINT people_language_known CHECK ((language = ANY (ARRAY['en'::text, 'fr'::text])))
);

--
-- Name: phyle_beneficiaries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.phyle_beneficiaries (
    enterprise_id uuid NOT NULL,
    commons_id uuid NOT NULL,
    destination public.phyle_destination NOT NULL,
    weight_bp integer NOT NULL,
    CONSTRAINT phyle_beneficiaries_weight CHECK (((weight_bp >= 1) AND (weight_bp <= 10000)))
);

--
-- Name: phyle_charters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.phyle_charters (
    enterprise_id uuid NOT NULL,
    basis public.phyle_basis NOT NULL,
    share_bp integer NOT NULL,
    mission text NOT NULL,
    currency character(3) NOT NULL,
    adopted_by uuid,
    adopted_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    updated_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT phyle_charters_currency CHECK ((currency ~ '^[A-Z]{3}$'::text)),
    CONSTRAINT phyle_charters_share CHECK (((share_bp >= 1) AND (share_bp <= 10000)))
);

--
-- Name: phyle_commitments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.phyle_commitments (
    period_id uuid NOT NULL,
    commons_id uuid NOT NULL,
    destination public.phyle_destination NOT NULL,
    amount bigint NOT NULL,
    transfer_id uuid,
    CONSTRAINT phyle_commitments_amount CHECK ((amount >= 0))
);

--
-- Name: phyle_periods; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.phyle_periods (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    enterprise_id uuid NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    currency character(3) NOT NULL,
    revenue bigint NOT NULL,
    costs bigint DEFAULT 0 NOT NULL,
    basis public.phyle_basis NOT NULL,
    share_bp integer NOT NULL,
    committed bigint NOT NULL,
    recorded_by uuid,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT phyle_periods_amounts CHECK ((((revenue >= 0) AND (revenue <= '1000000000000000'::bigint)) AND ((costs >= 0) AND (costs <= '1000000000000000'::bigint)))),
    CONSTRAINT phyle_periods_committed CHECK (((committed >= 0) AND (committed <= revenue))),
    CONSTRAINT phyle_periods_dates CHECK ((period_end >= period_start)),
    CONSTRAINT phyle_periods_share CHECK (((share_bp >= 1) AND (share_bp <= 10000)))
);

--
-- Name: postings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.postings (
    id bigint NOT NULL,
    transaction_id uuid NOT NULL,
    account_id uuid NOT NULL,
    amount bigint NOT NULL,
    currency character(3) NOT NULL,
    memo text,
    CONSTRAINT postings_amount CHECK (((amount <> 0) AND (abs(amount) <= '1000000000000000'::bigint)))
);

--
-- Name: postings_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.postings ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.postings_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: problem_reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.problem_reports (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    unit_id uuid NOT NULL,
    loan_id uuid,
    reporter_id uuid,
    severity public.problem_severity NOT NULL,
    note text NOT NULL,
    photo text,
    resolved_at timestamp with time zone,
    resolved_by uuid,
    resolution text,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL
);

--
-- Name: proposal_electors; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.proposal_electors (
    proposal_id uuid NOT NULL,
    person_id uuid NOT NULL
);

--
-- Name: proposals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.proposals (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    author_id uuid,
    title text NOT NULL,
    body text DEFAULT ''::text NOT NULL,
    html text DEFAULT ''::text NOT NULL,
    method public.decision_method NOT NULL,
    options text[] DEFAULT '{}'::text[] NOT NULL,
    threshold_numerator smallint,
    threshold_denominator smallint,
    score_max smallint,
    electorate_roles public.membership_role[],
    quorum_percent smallint DEFAULT 0 NOT NULL,
    ballot public.ballot_visibility DEFAULT 'public'::public.ballot_visibility NOT NULL,
    opens_at timestamp with time zone NOT NULL,
    closes_at timestamp with time zone NOT NULL,
    status public.proposal_status DEFAULT 'scheduled'::public.proposal_status NOT NULL,
    electorate_size integer,
    opened_at timestamp with time zone,
    closed_at timestamp with time zone,
    outcome public.decision_outcome,
    result jsonb,
    cancelled_reason text,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    updated_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT proposals_closed_result CHECK (((status = 'closed'::public.proposal_status) = ((outcome IS NOT NULL) AND (result IS NOT NULL) AND (closed_at IS NOT NULL)))),
    CONSTRAINT proposals_opened CHECK (((status = 'scheduled'::public.proposal_status) OR (status = 'cancelled'::public.proposal_status) OR ((electorate_size IS NOT NULL) AND (opened_at IS NOT NULL)))),
    CONSTRAINT proposals_options CHECK (
CASE
    WHEN (method = ANY (ARRAY['approval'::public.decision_method, 'score'::public.decision_method, 'ranked'::public.decision_method])) THEN ((cardinality(options) >= 2) AND (cardinality(options) <= 20))
    ELSE (cardinality(options) = 0)
END),
    CONSTRAINT proposals_quorum CHECK (((quorum_percent >= 0) AND (quorum_percent <= 100))),
    CONSTRAINT proposals_score_max CHECK ((((method = 'score'::public.decision_method) = (score_max IS NOT NULL)) AND ((score_max IS NULL) OR ((score_max >= 1) AND (score_max <= 100))))),
    CONSTRAINT proposals_threshold CHECK ((((method = 'supermajority'::public.decision_method) = ((threshold_numerator IS NOT NULL) AND (threshold_denominator IS NOT NULL))) AND ((threshold_numerator IS NULL) OR ((threshold_numerator > 0) AND (threshold_denominator > 0) AND (threshold_numerator <= threshold_denominator))))),
    CONSTRAINT proposals_window CHECK ((closes_at > opens_at))
);

--
-- Name: receipts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.receipts (
    expense_id uuid NOT NULL,
    filename text NOT NULL,
    content_type text NOT NULL,
    size integer NOT NULL,
    sha256 character(64) NOT NULL,
    data bytea NOT NULL,
    uploaded_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL
);

--
-- Name: reciprocity_agreements; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reciprocity_agreements (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    commons_id uuid NOT NULL,
    enterprise_id uuid NOT NULL,
    association_id uuid NOT NULL,
    status public.agreement_status DEFAULT 'proposed'::public.agreement_status NOT NULL,
    proposed_by_side public.agreement_side NOT NULL,
    period public.agreement_period NOT NULL,
    currency character(3) NOT NULL,
    fixed_fee bigint,
    revenue_share_bp integer,
    pledge_minutes integer,
    due_days integer DEFAULT 30 NOT NULL,
    starts_on date NOT NULL,
    ends_on date,
    terms text DEFAULT ''::text NOT NULL,
    proposed_by uuid,
    responded_by uuid,
    responded_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    updated_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT reciprocity_agreements_currency CHECK ((currency ~ '^[A-Z]{3}$'::text)),
    CONSTRAINT reciprocity_agreements_dates CHECK (((ends_on IS NULL) OR (ends_on >= starts_on))),
    CONSTRAINT reciprocity_agreements_due CHECK (((due_days >= 0) AND (due_days <= 365))),
    CONSTRAINT reciprocity_agreements_fee CHECK (((fixed_fee IS NULL) OR ((fixed_fee >= 1) AND (fixed_fee <= '1000000000000000'::bigint)))),
    CONSTRAINT reciprocity_agreements_parties CHECK ((enterprise_id <> association_id)),
    CONSTRAINT reciprocity_agreements_pledge CHECK (((pledge_minutes IS NULL) OR ((pledge_minutes >= 1) AND (pledge_minutes <= 1000000)))),
    CONSTRAINT reciprocity_agreements_share CHECK (((revenue_share_bp IS NULL) OR ((revenue_share_bp >= 1) AND (revenue_share_bp <= 10000)))),
    CONSTRAINT reciprocity_agreements_terms CHECK ((num_nonnulls(fixed_fee, revenue_share_bp, pledge_minutes) >= 1))
);

--
-- Name: reciprocity_invoices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reciprocity_invoices (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    agreement_id uuid NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    declared_revenue bigint,
    amount bigint NOT NULL,
    currency character(3) NOT NULL,
    pledge_minutes integer,
    delivered_minutes integer,
    due_on date NOT NULL,
    status public.invoice_status DEFAULT 'open'::public.invoice_status NOT NULL,
    raised_transaction_id uuid,
    paid_transaction_id uuid,
    raised_by uuid,
    paid_by uuid,
    paid_on date,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT reciprocity_invoices_amount CHECK (((amount >= 0) AND (amount <= '1000000000000000'::bigint))),
    CONSTRAINT reciprocity_invoices_paid CHECK (((status = 'paid'::public.invoice_status) = (paid_on IS NOT NULL))),
    CONSTRAINT reciprocity_invoices_period CHECK ((period_end >= period_start)),
    CONSTRAINT reciprocity_invoices_posted CHECK (((amount = 0) OR (raised_transaction_id IS NOT NULL))),
    CONSTRAINT reciprocity_invoices_revenue CHECK (((declared_revenue IS NULL) OR ((declared_revenue >= 0) AND (declared_revenue <= '1000000000000000'::bigint))))
);

--
-- Name: remote_followers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.remote_followers (
    actor_id uuid NOT NULL,
    follower_uri text NOT NULL,
    handle text NOT NULL,
    name text DEFAULT ''::text NOT NULL,
    inbox text NOT NULL,
    shared_inbox text,
    follow_id text NOT NULL,
    status text NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT remote_followers_status CHECK ((status = ANY (ARRAY['pending'::text, 'accepted'::text])))
);

--
-- Name: remote_following; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.remote_following (
    person_id uuid NOT NULL,
    actor_uri text NOT NULL,
    handle text NOT NULL,
    name text DEFAULT ''::text NOT NULL,
    follow_id text NOT NULL,
    status text NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT remote_following_status CHECK ((status = ANY (ARRAY['pending'::text, 'accepted'::text])))
);

--
-- Name: remote_forks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.remote_forks (
    commons_id uuid NOT NULL,
    fork_uri text NOT NULL,
    title text NOT NULL,
    url text,
    actor_uri text NOT NULL,
    actor_handle text NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL
);

--
-- Name: remote_posts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.remote_posts (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    uri text NOT NULL,
    via_uri text NOT NULL,
    author_uri text NOT NULL,
    author_handle text NOT NULL,
    author_name text DEFAULT ''::text NOT NULL,
    local_author_id uuid,
    type text NOT NULL,
    name text DEFAULT ''::text NOT NULL,
    html text DEFAULT ''::text NOT NULL,
    url text,
    in_reply_to text,
    context text,
    purpose text,
    published_at timestamp with time zone NOT NULL,
    received_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT remote_posts_purpose CHECK (((purpose IS NULL) OR (purpose = ANY (ARRAY['request'::text, 'offer'::text])))),
    CONSTRAINT remote_posts_type CHECK ((type = ANY (ARRAY['Note'::text, 'Page'::text, 'Proposal'::text])))
);

--
-- Name: remote_take_ups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.remote_take_ups (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    person_id uuid NOT NULL,
    proposal_uri text NOT NULL,
    group_uri text NOT NULL,
    offer_uri text NOT NULL,
    title text NOT NULL,
    status text DEFAULT 'pending'::text NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    answered_at timestamp with time zone,
    CONSTRAINT remote_take_ups_answered CHECK (((status = 'pending'::text) = (answered_at IS NULL))),
    CONSTRAINT remote_take_ups_status CHECK ((status = ANY (ARRAY['pending'::text, 'accepted'::text, 'rejected'::text])))
);

--
-- Name: resource_categories; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_categories (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    parent_id uuid,
    slug text NOT NULL,
    name text NOT NULL,
    default_replacement_price bigint,
    currency character(3) DEFAULT 'EUR'::bpchar NOT NULL,
    emission_factor_kg numeric(12,3),
    emission_source text,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT resource_categories_emission_sourced CHECK (((emission_factor_kg IS NULL) OR (emission_source IS NOT NULL))),
    CONSTRAINT resource_categories_price CHECK (((default_replacement_price IS NULL) OR (default_replacement_price >= 0)))
);

--
-- Name: resource_types; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_types (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    library_id uuid NOT NULL,
    slug text NOT NULL,
    name text NOT NULL,
    kind public.resource_kind NOT NULL,
    category_id uuid,
    description text DEFAULT ''::text NOT NULL,
    care_notes text DEFAULT ''::text NOT NULL,
    photos text[] DEFAULT '{}'::text[] NOT NULL,
    replacement_price bigint,
    rules jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    updated_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT resource_types_photos_bounded CHECK ((cardinality(photos) <= 12)),
    CONSTRAINT resource_types_price CHECK (((replacement_price IS NULL) OR (replacement_price >= 0)))
);

--
-- Name: resource_units; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_units (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    type_id uuid NOT NULL,
    code text NOT NULL,
    condition public.unit_condition DEFAULT 'good'::public.unit_condition NOT NULL,
    location text DEFAULT ''::text NOT NULL,
    status public.unit_status DEFAULT 'available'::public.unit_status NOT NULL,
    acquisition public.resource_acquisition DEFAULT 'bought'::public.resource_acquisition NOT NULL,
    owner_person_id uuid,
    steward_person_id uuid,
    loans_since_check integer DEFAULT 0 NOT NULL,
    last_checked_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    updated_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT resource_units_lent_by_owner CHECK (((acquisition = 'lent'::public.resource_acquisition) = (owner_person_id IS NOT NULL)))
);

--
-- Name: revisions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.revisions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    document_id uuid NOT NULL,
    number integer NOT NULL,
    blob_hash text NOT NULL,
    author_id uuid,
    message text NOT NULL,
    lines_added integer DEFAULT 0 NOT NULL,
    lines_removed integer DEFAULT 0 NOT NULL,
    contribution_id uuid,
    upstream_revision_id uuid,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    upstream_uri text,
    remote_author_uri text,
    remote_author_handle text,
    CONSTRAINT revisions_number_positive CHECK ((number >= 1))
);

--
-- Name: sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sessions (
    id text NOT NULL,
    person_id uuid NOT NULL,
    csrf_token text NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    expires_at timestamp with time zone NOT NULL
);

--
-- Name: threads; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.threads (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    subject_type public.thread_subject NOT NULL,
    subject_id uuid NOT NULL,
    commons_id uuid,
    organization_id uuid,
    title text NOT NULL,
    author_id uuid,
    comment_count integer DEFAULT 0 NOT NULL,
    last_comment_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT threads_one_scope CHECK (((commons_id IS NULL) <> (organization_id IS NULL)))
);

--
-- Name: transactions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    seq bigint NOT NULL,
    book_id uuid NOT NULL,
    kind public.transaction_kind NOT NULL,
    date date NOT NULL,
    description text NOT NULL,
    counterparty_kind public.counterparty_kind NOT NULL,
    counterparty_organization_id uuid,
    counterparty_person_id uuid,
    counterparty_name text NOT NULL,
    decision_id uuid,
    transfer_id uuid,
    reverses_id uuid,
    posted_by uuid,
    posted_at timestamp with time zone DEFAULT now() NOT NULL,
    commons_id uuid,
    CONSTRAINT transactions_description CHECK (((length(description) >= 1) AND (length(description) <= 500)))
);

--
-- Name: transactions_seq_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.transactions ALTER COLUMN seq ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.transactions_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: triarchy_clock_offset_ms; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.triarchy_clock_offset_ms
    START WITH 0
    INCREMENT BY 1
    MINVALUE 0
    NO MAXVALUE
    CACHE 1;

--
-- Name: unit_borrowers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.unit_borrowers (
    unit_id uuid NOT NULL,
    person_id uuid NOT NULL,
    loans integer DEFAULT 0 NOT NULL
);

--
-- Name: unit_people; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.unit_people (
    unit_id uuid NOT NULL,
    people integer DEFAULT 0 NOT NULL
);

--
-- Name: upstream_offers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.upstream_offers (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    offer_uri text NOT NULL,
    person_id uuid NOT NULL,
    revision_id uuid NOT NULL,
    origin_uri text NOT NULL,
    title text NOT NULL,
    status text DEFAULT 'pending'::text NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    answered_at timestamp with time zone,
    CONSTRAINT upstream_offers_answered CHECK (((status = 'pending'::text) = (answered_at IS NULL))),
    CONSTRAINT upstream_offers_status CHECK ((status = ANY (ARRAY['pending'::text, 'accepted'::text, 'rejected'::text])))
);

--
-- Name: value_equations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.value_equations (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    commons_id uuid,
    enterprise_id uuid,
    buckets jsonb NOT NULL,
    weights jsonb NOT NULL,
    review_points integer DEFAULT 0 NOT NULL,
    window_days integer NOT NULL,
    half_life_days integer,
    updated_by uuid,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    updated_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT value_equations_buckets CHECK (((jsonb_typeof(buckets) = 'array'::text) AND (jsonb_typeof(weights) = 'array'::text) AND (public.value_buckets_total(buckets) <= 10000))),
    CONSTRAINT value_equations_half_life CHECK (((half_life_days IS NULL) OR ((half_life_days >= 1) AND (half_life_days <= 3660)))),
    CONSTRAINT value_equations_one_owner CHECK ((num_nonnulls(commons_id, enterprise_id) = 1)),
    CONSTRAINT value_equations_review_points CHECK (((review_points >= 0) AND (review_points <= 100000))),
    CONSTRAINT value_equations_window CHECK (((window_days >= 1) AND (window_days <= 3660)))
);

--
-- Name: vehicle_survey_answers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.vehicle_survey_answers (
    library_id uuid NOT NULL,
    person_id uuid NOT NULL,
    round integer NOT NULL,
    cars_given_up integer NOT NULL,
    cars_not_bought integer NOT NULL,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT vehicle_survey_answers_counts CHECK ((((cars_given_up >= 0) AND (cars_given_up <= 5)) AND ((cars_not_bought >= 0) AND (cars_not_bought <= 5))))
);

--
-- Name: votes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.votes (
    proposal_id uuid NOT NULL,
    person_id uuid NOT NULL,
    answer text,
    options smallint[],
    scores smallint[],
    reason text,
    changes integer DEFAULT 0 NOT NULL,
    cast_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    updated_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT votes_one_shape CHECK ((num_nonnulls(answer, options, scores) = 1)),
    CONSTRAINT votes_reason CHECK (((answer IS NULL) OR (answer <> ALL (ARRAY['object'::text, 'block'::text])) OR (length(btrim(COALESCE(reason, ''::text))) > 0)))
);

--
-- Name: waitlist_entries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.waitlist_entries (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    type_id uuid NOT NULL,
    person_id uuid NOT NULL,
    "position" bigint NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    status public.waitlist_status DEFAULT 'waiting'::public.waitlist_status NOT NULL,
    offered_unit_id uuid,
    offer_expires_at timestamp with time zone,
    booking_id uuid,
    created_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    updated_at timestamp with time zone DEFAULT public.triarchy_written_at() NOT NULL,
    CONSTRAINT waitlist_offer_whole CHECK (((status = 'offered'::public.waitlist_status) = ((offer_expires_at IS NOT NULL) AND (offered_unit_id IS NOT NULL)))),
    CONSTRAINT waitlist_period CHECK ((starts_at < ends_at))
);

--
-- Name: waitlist_entries_position_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.waitlist_entries ALTER COLUMN "position" ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.waitlist_entries_position_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: account_balances account_balances_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_balances
    ADD CONSTRAINT account_balances_pkey PRIMARY KEY (account_id, currency);

--
-- Name: account_tokens account_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_tokens
    ADD CONSTRAINT account_tokens_pkey PRIMARY KEY (id);

--
-- Name: accounts accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);

--
-- Name: activities activities_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.activities
    ADD CONSTRAINT activities_pkey PRIMARY KEY (id);

--
-- Name: actor_keys actor_keys_actor_id_algorithm_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.actor_keys
    ADD CONSTRAINT actor_keys_actor_id_algorithm_pk PRIMARY KEY (actor_id, algorithm);

--
-- Name: affiliations affiliations_no_overlap; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.affiliations
    ADD CONSTRAINT affiliations_no_overlap EXCLUDE USING gist (person_id WITH =, enterprise_id WITH =, daterange(starts_on, ends_on, '[]'::text) WITH &&);

--
-- Name: affiliations affiliations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.affiliations
    ADD CONSTRAINT affiliations_pkey PRIMARY KEY (id);

--
-- Name: api_tokens api_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT api_tokens_pkey PRIMARY KEY (id);

--
-- Name: blobs blobs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.blobs
    ADD CONSTRAINT blobs_pkey PRIMARY KEY (hash);

--
-- Name: bookings bookings_no_overlap; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (unit_id WITH =, tstzrange(blocked_from, blocked_until, '[)'::text) WITH &&) WHERE ((status = ANY (ARRAY['requested'::public.booking_status, 'confirmed'::public.booking_status, 'active'::public.booking_status])));

--
-- Name: bookings bookings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_pkey PRIMARY KEY (id);

--
-- Name: books books_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.books
    ADD CONSTRAINT books_pkey PRIMARY KEY (id);

--
-- Name: borrowing_approvals borrowing_approvals_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.borrowing_approvals
    ADD CONSTRAINT borrowing_approvals_pkey PRIMARY KEY (type_id, person_id);

--
-- Name: budget_lines budget_lines_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budget_lines
    ADD CONSTRAINT budget_lines_pkey PRIMARY KEY (id);

--
-- Name: budgets budgets_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budgets
    ADD CONSTRAINT budgets_pkey PRIMARY KEY (id);

--
-- Name: calendar_feed_tokens calendar_feed_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_feed_tokens
    ADD CONSTRAINT calendar_feed_tokens_pkey PRIMARY KEY (person_id);

--
-- Name: comment_versions comment_versions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comment_versions
    ADD CONSTRAINT comment_versions_pkey PRIMARY KEY (id);

--
-- Name: comments comments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_pkey PRIMARY KEY (id);

--
-- Name: comments comments_remote_uri_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_remote_uri_unique UNIQUE (remote_uri);

--
-- Name: commons commons_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.commons
    ADD CONSTRAINT commons_pkey PRIMARY KEY (id);

--
-- Name: commons_uses commons_uses_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.commons_uses
    ADD CONSTRAINT commons_uses_pkey PRIMARY KEY (id);

--
-- Name: contribution_supports contribution_supports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contribution_supports
    ADD CONSTRAINT contribution_supports_pkey PRIMARY KEY (contribution_id, person_id);

--
-- Name: contributions contributions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contributions
    ADD CONSTRAINT contributions_pkey PRIMARY KEY (id);

--
-- Name: contributions contributions_remote_offer_uri_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contributions
    ADD CONSTRAINT contributions_remote_offer_uri_unique UNIQUE (remote_offer_uri);

--
-- Name: credit_days credit_days_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.credit_days
    ADD CONSTRAINT credit_days_key UNIQUE NULLS NOT DISTINCT (commons_id, day, funding, paid_by_id, work);

--
-- Name: distribution_shares distribution_shares_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.distribution_shares
    ADD CONSTRAINT distribution_shares_pkey PRIMARY KEY (id);

--
-- Name: distributions distributions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.distributions
    ADD CONSTRAINT distributions_pkey PRIMARY KEY (id);

--
-- Name: documents documents_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_pkey PRIMARY KEY (id);

--
-- Name: donations donations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.donations
    ADD CONSTRAINT donations_pkey PRIMARY KEY (id);

--
-- Name: expenses expenses_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.expenses
    ADD CONSTRAINT expenses_pkey PRIMARY KEY (id);

--
-- Name: federation_blocks federation_blocks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.federation_blocks
    ADD CONSTRAINT federation_blocks_pkey PRIMARY KEY (target);

--
-- Name: federation_kv federation_kv_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.federation_kv
    ADD CONSTRAINT federation_kv_pkey PRIMARY KEY (key);

--
-- Name: federation_progress federation_progress_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.federation_progress
    ADD CONSTRAINT federation_progress_pkey PRIMARY KEY (one);

--
-- Name: federation_queue federation_queue_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.federation_queue
    ADD CONSTRAINT federation_queue_pkey PRIMARY KEY (id);

--
-- Name: fee_schedules fee_schedules_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fee_schedules
    ADD CONSTRAINT fee_schedules_pkey PRIMARY KEY (id);

--
-- Name: follows follows_person_id_subject_type_subject_id_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.follows
    ADD CONSTRAINT follows_person_id_subject_type_subject_id_pk PRIMARY KEY (person_id, subject_type, subject_id);

--
-- Name: instance instance_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.instance
    ADD CONSTRAINT instance_pkey PRIMARY KEY (id);

--
-- Name: ledger_months ledger_months_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ledger_months
    ADD CONSTRAINT ledger_months_pkey PRIMARY KEY (book_id, month, account_id, kind, counterparty_kind, currency);

--
-- Name: libraries libraries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.libraries
    ADD CONSTRAINT libraries_pkey PRIMARY KEY (id);

--
-- Name: library_borrowers library_borrowers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.library_borrowers
    ADD CONSTRAINT library_borrowers_pkey PRIMARY KEY (library_id, person_id);

--
-- Name: library_closures library_closures_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.library_closures
    ADD CONSTRAINT library_closures_pkey PRIMARY KEY (library_id, day);

--
-- Name: loan_months loan_months_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.loan_months
    ADD CONSTRAINT loan_months_pkey PRIMARY KEY (unit_id, month);

--
-- Name: loans loans_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.loans
    ADD CONSTRAINT loans_pkey PRIMARY KEY (id);

--
-- Name: mail_key mail_key_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mail_key
    ADD CONSTRAINT mail_key_pkey PRIMARY KEY (id);

--
-- Name: mail_outbox mail_outbox_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mail_outbox
    ADD CONSTRAINT mail_outbox_pkey PRIMARY KEY (id);

--
-- Name: mail_replies_used mail_replies_used_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mail_replies_used
    ADD CONSTRAINT mail_replies_used_pkey PRIMARY KEY (token_hash);

--
-- Name: membership_fees membership_fees_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.membership_fees
    ADD CONSTRAINT membership_fees_pkey PRIMARY KEY (id);

--
-- Name: memberships memberships_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.memberships
    ADD CONSTRAINT memberships_pkey PRIMARY KEY (id);

--
-- Name: need_links need_links_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.need_links
    ADD CONSTRAINT need_links_pkey PRIMARY KEY (need_id, contribution_id);

--
-- Name: need_remote_takers need_remote_takers_offer_uri_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.need_remote_takers
    ADD CONSTRAINT need_remote_takers_offer_uri_unique UNIQUE (offer_uri);

--
-- Name: need_remote_takers need_remote_takers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.need_remote_takers
    ADD CONSTRAINT need_remote_takers_pkey PRIMARY KEY (need_id, actor_uri);

--
-- Name: need_takers need_takers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.need_takers
    ADD CONSTRAINT need_takers_pkey PRIMARY KEY (need_id, person_id);

--
-- Name: need_updates need_updates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.need_updates
    ADD CONSTRAINT need_updates_pkey PRIMARY KEY (id);

--
-- Name: needs needs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.needs
    ADD CONSTRAINT needs_pkey PRIMARY KEY (id);

--
-- Name: notification_preferences notification_preferences_person_id_kind_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notification_preferences
    ADD CONSTRAINT notification_preferences_person_id_kind_pk PRIMARY KEY (person_id, kind);

--
-- Name: notification_progress notification_progress_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notification_progress
    ADD CONSTRAINT notification_progress_pkey PRIMARY KEY (one);

--
-- Name: notification_unread notification_unread_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notification_unread
    ADD CONSTRAINT notification_unread_pkey PRIMARY KEY (person_id);

--
-- Name: notifications notifications_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_pkey PRIMARY KEY (id);

--
-- Name: organization_list_generation organization_list_generation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organization_list_generation
    ADD CONSTRAINT organization_list_generation_pkey PRIMARY KEY (one);

--
-- Name: organization_member_counts organization_member_counts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organization_member_counts
    ADD CONSTRAINT organization_member_counts_pkey PRIMARY KEY (organization_id);

--
-- Name: organizations organizations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organizations
    ADD CONSTRAINT organizations_pkey PRIMARY KEY (id);

--
-- Name: pb_ballot_choices pb_ballot_choices_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_ballot_choices
    ADD CONSTRAINT pb_ballot_choices_pkey PRIMARY KEY (ballot_id, project_id);

--
-- Name: pb_ballots pb_ballots_call_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_ballots
    ADD CONSTRAINT pb_ballots_call_key UNIQUE (call_id, id);

--
-- Name: pb_ballots pb_ballots_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_ballots
    ADD CONSTRAINT pb_ballots_pkey PRIMARY KEY (id);

--
-- Name: pb_calls pb_calls_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_calls
    ADD CONSTRAINT pb_calls_pkey PRIMARY KEY (id);

--
-- Name: pb_districts pb_districts_call_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_districts
    ADD CONSTRAINT pb_districts_call_key UNIQUE (call_id, id);

--
-- Name: pb_districts pb_districts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_districts
    ADD CONSTRAINT pb_districts_pkey PRIMARY KEY (id);

--
-- Name: pb_grants pb_grants_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_grants
    ADD CONSTRAINT pb_grants_pkey PRIMARY KEY (id);

--
-- Name: pb_projects pb_projects_call_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_projects
    ADD CONSTRAINT pb_projects_call_key UNIQUE (call_id, id);

--
-- Name: pb_projects pb_projects_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_projects
    ADD CONSTRAINT pb_projects_pkey PRIMARY KEY (id);

--
-- Name: pb_register pb_register_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_register
    ADD CONSTRAINT pb_register_pkey PRIMARY KEY (call_id, identifier_hash);

--
-- Name: pb_reports pb_reports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_reports
    ADD CONSTRAINT pb_reports_pkey PRIMARY KEY (id);

--
-- Name: pb_results pb_results_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_results
    ADD CONSTRAINT pb_results_pkey PRIMARY KEY (call_id, rule);

--
-- Name: pb_supports pb_supports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_supports
    ADD CONSTRAINT pb_supports_pkey PRIMARY KEY (project_id, person_id);

--
-- Name: pb_tranches pb_tranches_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_tranches
    ADD CONSTRAINT pb_tranches_pkey PRIMARY KEY (id);

--
-- Name: people people_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_pkey PRIMARY KEY (id);

--
-- Name: phyle_beneficiaries phyle_beneficiaries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.phyle_beneficiaries
    ADD CONSTRAINT phyle_beneficiaries_pkey PRIMARY KEY (enterprise_id, commons_id, destination);

--
-- Name: phyle_charters phyle_charters_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.phyle_charters
    ADD CONSTRAINT phyle_charters_pkey PRIMARY KEY (enterprise_id);

--
-- Name: phyle_commitments phyle_commitments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.phyle_commitments
    ADD CONSTRAINT phyle_commitments_pkey PRIMARY KEY (period_id, commons_id, destination);

--
-- Name: phyle_periods phyle_periods_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.phyle_periods
    ADD CONSTRAINT phyle_periods_pkey PRIMARY KEY (id);

--
-- Name: postings postings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.postings
    ADD CONSTRAINT postings_pkey PRIMARY KEY (id);

--
-- Name: problem_reports problem_reports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.problem_reports
    ADD CONSTRAINT problem_reports_pkey PRIMARY KEY (id);

--
-- Name: proposal_electors proposal_electors_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.proposal_electors
    ADD CONSTRAINT proposal_electors_pkey PRIMARY KEY (proposal_id, person_id);

--
-- Name: proposals proposals_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.proposals
    ADD CONSTRAINT proposals_pkey PRIMARY KEY (id);

--
-- Name: receipts receipts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.receipts
    ADD CONSTRAINT receipts_pkey PRIMARY KEY (expense_id);

--
-- Name: reciprocity_agreements reciprocity_agreements_no_overlap; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reciprocity_agreements
    ADD CONSTRAINT reciprocity_agreements_no_overlap EXCLUDE USING gist (commons_id WITH =, enterprise_id WITH =, daterange(starts_on, ends_on, '[]'::text) WITH &&) WHERE ((status = ANY (ARRAY['proposed'::public.agreement_status, 'active'::public.agreement_status])));

--
-- Name: reciprocity_agreements reciprocity_agreements_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reciprocity_agreements
    ADD CONSTRAINT reciprocity_agreements_pkey PRIMARY KEY (id);

--
-- Name: reciprocity_invoices reciprocity_invoices_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reciprocity_invoices
    ADD CONSTRAINT reciprocity_invoices_pkey PRIMARY KEY (id);

--
-- Name: remote_followers remote_followers_actor_id_follower_uri_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.remote_followers
    ADD CONSTRAINT remote_followers_actor_id_follower_uri_pk PRIMARY KEY (actor_id, follower_uri);

--
-- Name: remote_following remote_following_person_id_actor_uri_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.remote_following
    ADD CONSTRAINT remote_following_person_id_actor_uri_pk PRIMARY KEY (person_id, actor_uri);

--
-- Name: remote_forks remote_forks_commons_id_fork_uri_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.remote_forks
    ADD CONSTRAINT remote_forks_commons_id_fork_uri_pk PRIMARY KEY (commons_id, fork_uri);

--
-- Name: remote_posts remote_posts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.remote_posts
    ADD CONSTRAINT remote_posts_pkey PRIMARY KEY (id);

--
-- Name: remote_posts remote_posts_uri_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.remote_posts
    ADD CONSTRAINT remote_posts_uri_unique UNIQUE (uri);

--
-- Name: remote_take_ups remote_take_ups_offer_uri_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.remote_take_ups
    ADD CONSTRAINT remote_take_ups_offer_uri_unique UNIQUE (offer_uri);

--
-- Name: remote_take_ups remote_take_ups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.remote_take_ups
    ADD CONSTRAINT remote_take_ups_pkey PRIMARY KEY (id);

--
-- Name: resource_categories resource_categories_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_categories
    ADD CONSTRAINT resource_categories_pkey PRIMARY KEY (id);

--
-- Name: resource_types resource_types_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_types
    ADD CONSTRAINT resource_types_pkey PRIMARY KEY (id);

--
-- Name: resource_units resource_units_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_units
    ADD CONSTRAINT resource_units_pkey PRIMARY KEY (id);

--
-- Name: revisions revisions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.revisions
    ADD CONSTRAINT revisions_pkey PRIMARY KEY (id);

--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);

--
-- Name: threads threads_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.threads
    ADD CONSTRAINT threads_pkey PRIMARY KEY (id);

--
-- Name: transactions transactions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions
    ADD CONSTRAINT transactions_pkey PRIMARY KEY (id);

--
-- Name: unit_borrowers unit_borrowers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unit_borrowers
    ADD CONSTRAINT unit_borrowers_pkey PRIMARY KEY (unit_id, person_id);

--
-- Name: unit_people unit_people_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unit_people
    ADD CONSTRAINT unit_people_pkey PRIMARY KEY (unit_id);

--
-- Name: upstream_offers upstream_offers_offer_uri_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.upstream_offers
    ADD CONSTRAINT upstream_offers_offer_uri_unique UNIQUE (offer_uri);

--
-- Name: upstream_offers upstream_offers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.upstream_offers
    ADD CONSTRAINT upstream_offers_pkey PRIMARY KEY (id);

--
-- Name: value_equations value_equations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.value_equations
    ADD CONSTRAINT value_equations_pkey PRIMARY KEY (id);

--
-- Name: vehicle_survey_answers vehicle_survey_answers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vehicle_survey_answers
    ADD CONSTRAINT vehicle_survey_answers_pkey PRIMARY KEY (library_id, person_id, round);

--
-- Name: votes votes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.votes
    ADD CONSTRAINT votes_pkey PRIMARY KEY (proposal_id, person_id);

--
-- Name: waitlist_entries waitlist_entries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.waitlist_entries
    ADD CONSTRAINT waitlist_entries_pkey PRIMARY KEY (id);

--
-- Name: account_tokens_hash_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX account_tokens_hash_key ON public.account_tokens USING btree (token_hash);

--
-- Name: account_tokens_person_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX account_tokens_person_idx ON public.account_tokens USING btree (person_id, purpose);

--
-- Name: accounts_book_code_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX accounts_book_code_key ON public.accounts USING btree (book_id, code);

--
-- Name: activities_actor_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities_actor_idx ON public.activities USING btree (actor_id, id);

--
-- Name: activities_object_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities_object_idx ON public.activities USING btree (object_type, object_id, id);

--
-- Name: activities_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities_org_idx ON public.activities USING btree (organization_id, id);

--
-- Name: activities_target_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities_target_idx ON public.activities USING btree (target_type, target_id, id);

--
-- Name: activities_verb_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities_verb_idx ON public.activities USING btree (verb, id);

--
-- Name: activities_xact_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities_xact_idx ON public.activities USING btree (xact, id);

--
-- Name: affiliations_enterprise_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX affiliations_enterprise_idx ON public.affiliations USING btree (enterprise_id, starts_on);

--
-- Name: affiliations_person_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX affiliations_person_idx ON public.affiliations USING btree (person_id, starts_on);

--
-- Name: api_tokens_hash_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX api_tokens_hash_key ON public.api_tokens USING btree (token_hash);

--
-- Name: api_tokens_person_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_tokens_person_idx ON public.api_tokens USING btree (person_id) WHERE (revoked_at IS NULL);

--
-- Name: bookings_library_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bookings_library_idx ON public.bookings USING btree (library_id, starts_at);

--
-- Name: bookings_person_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bookings_person_idx ON public.bookings USING btree (person_id, starts_at);

--
-- Name: bookings_unit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bookings_unit_idx ON public.bookings USING btree (unit_id, blocked_from);

--
-- Name: books_organization_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX books_organization_key ON public.books USING btree (organization_id);

--
-- Name: books_person_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX books_person_key ON public.books USING btree (person_id);

--
-- Name: budget_lines_budget_name_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX budget_lines_budget_name_key ON public.budget_lines USING btree (budget_id, name);

--
-- Name: budgets_one_approved_per_year; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX budgets_one_approved_per_year ON public.budgets USING btree (organization_id, year) WHERE (status = 'approved'::public.budget_status);

--
-- Name: budgets_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX budgets_org_idx ON public.budgets USING btree (organization_id, year);

--
-- Name: budgets_proposal_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX budgets_proposal_key ON public.budgets USING btree (proposal_id);

--
-- Name: calendar_feed_tokens_hash_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX calendar_feed_tokens_hash_key ON public.calendar_feed_tokens USING btree (token_hash);

--
-- Name: comment_versions_comment_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX comment_versions_comment_idx ON public.comment_versions USING btree (comment_id, written_at);

--
-- Name: comments_thread_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX comments_thread_idx ON public.comments USING btree (thread_id, created_at, id);

--
-- Name: commons_community_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX commons_community_idx ON public.commons USING btree (community_id);

--
-- Name: commons_created_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX commons_created_idx ON public.commons USING btree (created_at, id);

--
-- Name: commons_forked_from_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX commons_forked_from_idx ON public.commons USING btree (forked_from_id, forked_at);

--
-- Name: commons_slug_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX commons_slug_key ON public.commons USING btree (slug);

--
-- Name: commons_tags_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX commons_tags_idx ON public.commons USING gin (tags);

--
-- Name: commons_uses_enterprise_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX commons_uses_enterprise_idx ON public.commons_uses USING btree (enterprise_id);

--
-- Name: commons_uses_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX commons_uses_key ON public.commons_uses USING btree (commons_id, enterprise_id);

--
-- Name: contributions_accepted_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX contributions_accepted_idx ON public.contributions USING btree (commons_id, performed_on) WHERE (status = 'accepted'::public.contribution_status);

--
-- Name: contributions_author_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX contributions_author_idx ON public.contributions USING btree (author_id, created_at);

--
-- Name: contributions_commons_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX contributions_commons_status_idx ON public.contributions USING btree (commons_id, status, updated_at, id);

--
-- Name: contributions_commons_updated_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX contributions_commons_updated_idx ON public.contributions USING btree (commons_id, updated_at, id);

--
-- Name: contributions_document_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX contributions_document_idx ON public.contributions USING btree (document_id, status);

--
-- Name: contributions_external_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX contributions_external_key ON public.contributions USING btree (commons_id, external_id);

--
-- Name: contributions_reviewed_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX contributions_reviewed_idx ON public.contributions USING btree (commons_id, reviewed_at) WHERE (reviewer_id IS NOT NULL);

--
-- Name: distribution_shares_person_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX distribution_shares_person_idx ON public.distribution_shares USING btree (person_id, distribution_id);

--
-- Name: distribution_shares_position_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX distribution_shares_position_key ON public.distribution_shares USING btree (distribution_id, "position");

--
-- Name: distributions_commons_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX distributions_commons_idx ON public.distributions USING btree (commons_id, created_at);

--
-- Name: distributions_organization_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX distributions_organization_idx ON public.distributions USING btree (organization_id, created_at);

--
-- Name: documents_commons_path_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX documents_commons_path_key ON public.documents USING btree (commons_id, path);

--
-- Name: documents_forked_from_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX documents_forked_from_idx ON public.documents USING btree (forked_from_document_id);

--
-- Name: donations_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX donations_org_idx ON public.donations USING btree (organization_id, status, created_at, id);

--
-- Name: expenses_line_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX expenses_line_idx ON public.expenses USING btree (budget_line_id);

--
-- Name: expenses_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX expenses_org_idx ON public.expenses USING btree (organization_id, created_at, id);

--
-- Name: expenses_proposal_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX expenses_proposal_key ON public.expenses USING btree (proposal_id);

--
-- Name: federation_kv_expires_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX federation_kv_expires_idx ON public.federation_kv USING btree (expires_at) WHERE (expires_at IS NOT NULL);

--
-- Name: federation_queue_due_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX federation_queue_due_idx ON public.federation_queue USING btree (due_at);

--
-- Name: federation_queue_ordering_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX federation_queue_ordering_idx ON public.federation_queue USING btree (ordering_key, created_at);

--
-- Name: fee_schedules_org_start_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX fee_schedules_org_start_key ON public.fee_schedules USING btree (organization_id, starts_on);

--
-- Name: follows_subject_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX follows_subject_idx ON public.follows USING btree (subject_type, subject_id);

--
-- Name: libraries_organization_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX libraries_organization_idx ON public.libraries USING btree (organization_id);

--
-- Name: libraries_slug_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX libraries_slug_key ON public.libraries USING btree (slug);

--
-- Name: loans_custodian_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX loans_custodian_idx ON public.loans USING btree (custodian_id, checked_out_at);

--
-- Name: loans_one_open_per_unit; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX loans_one_open_per_unit ON public.loans USING btree (unit_id) WHERE (checked_in_at IS NULL);

--
-- Name: loans_open_due_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX loans_open_due_idx ON public.loans USING btree (due_at) WHERE (checked_in_at IS NULL);

--
-- Name: loans_unit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX loans_unit_idx ON public.loans USING btree (unit_id, checked_out_at);

--
-- Name: mail_outbox_dedupe_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX mail_outbox_dedupe_key ON public.mail_outbox USING btree (dedupe_key);

--
-- Name: mail_outbox_due_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mail_outbox_due_idx ON public.mail_outbox USING btree (next_attempt_at, id) WHERE (status = 'pending'::public.mail_status);

--
-- Name: mail_outbox_person_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mail_outbox_person_idx ON public.mail_outbox USING btree (person_id);

--
-- Name: membership_fees_period_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX membership_fees_period_key ON public.membership_fees USING btree (organization_id, person_id, period_start);

--
-- Name: memberships_org_person_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX memberships_org_person_key ON public.memberships USING btree (organization_id, person_id);

--
-- Name: memberships_org_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX memberships_org_status_idx ON public.memberships USING btree (organization_id, status, created_at, id);

--
-- Name: memberships_person_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX memberships_person_idx ON public.memberships USING btree (person_id);

--
-- Name: need_takers_person_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX need_takers_person_idx ON public.need_takers USING btree (person_id);

--
-- Name: need_updates_need_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX need_updates_need_idx ON public.need_updates USING btree (need_id, created_at);

--
-- Name: needs_commons_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX needs_commons_idx ON public.needs USING btree (commons_id, status, active_at);

--
-- Name: needs_organization_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX needs_organization_idx ON public.needs USING btree (organization_id, status, active_at);

--
-- Name: needs_tags_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX needs_tags_idx ON public.needs USING gin (tags);

--
-- Name: notifications_activity_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications_activity_idx ON public.notifications USING btree (activity_id);

--
-- Name: notifications_once; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX notifications_once ON public.notifications USING btree (person_id, activity_id, kind);

--
-- Name: notifications_person_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications_person_idx ON public.notifications USING btree (person_id, id);

--
-- Name: notifications_unread_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications_unread_idx ON public.notifications USING btree (person_id) WHERE (read_at IS NULL);

--
-- Name: organizations_kind_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX organizations_kind_name_idx ON public.organizations USING btree (kind, name, id);

--
-- Name: organizations_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX organizations_name_idx ON public.organizations USING btree (name, id);

--
-- Name: organizations_search_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX organizations_search_idx ON public.organizations USING gin (search);

--
-- Name: organizations_slug_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX organizations_slug_key ON public.organizations USING btree (slug);

--
-- Name: pb_ballot_choices_project_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX pb_ballot_choices_project_idx ON public.pb_ballot_choices USING btree (project_id);

--
-- Name: pb_ballots_reference_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX pb_ballots_reference_key ON public.pb_ballots USING btree (call_id, reference);

--
-- Name: pb_ballots_voter_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX pb_ballots_voter_key ON public.pb_ballots USING btree (call_id, voter_id);

--
-- Name: pb_calls_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX pb_calls_org_idx ON public.pb_calls USING btree (organization_id, created_at);

--
-- Name: pb_calls_slug_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX pb_calls_slug_key ON public.pb_calls USING btree (slug);

--
-- Name: pb_districts_name_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX pb_districts_name_key ON public.pb_districts USING btree (call_id, name);

--
-- Name: pb_grants_call_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX pb_grants_call_idx ON public.pb_grants USING btree (call_id);

--
-- Name: pb_grants_project_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX pb_grants_project_key ON public.pb_grants USING btree (project_id);

--
-- Name: pb_projects_call_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX pb_projects_call_idx ON public.pb_projects USING btree (call_id, status);

--
-- Name: pb_projects_number_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX pb_projects_number_key ON public.pb_projects USING btree (call_id, number);

--
-- Name: pb_register_claimed_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX pb_register_claimed_key ON public.pb_register USING btree (call_id, claimed_by);

--
-- Name: pb_register_code_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX pb_register_code_key ON public.pb_register USING btree (call_id, code_hash);

--
-- Name: pb_reports_grant_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX pb_reports_grant_idx ON public.pb_reports USING btree (grant_id, created_at);

--
-- Name: pb_results_one_official; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX pb_results_one_official ON public.pb_results USING btree (call_id) WHERE official;

--
-- Name: pb_tranches_expense_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX pb_tranches_expense_key ON public.pb_tranches USING btree (expense_id);

--
-- Name: pb_tranches_position_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX pb_tranches_position_key ON public.pb_tranches USING btree (grant_id, "position");

--
-- Name: people_email_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX people_email_key ON public.people USING btree (email);

--
-- Name: people_handle_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX people_handle_key ON public.people USING btree (handle);

--
-- Name: people_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX people_name_idx ON public.people USING btree (name, id);

--
-- Name: phyle_commitments_commons_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX phyle_commitments_commons_idx ON public.phyle_commitments USING btree (commons_id);

--
-- Name: phyle_periods_enterprise_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX phyle_periods_enterprise_idx ON public.phyle_periods USING btree (enterprise_id, period_start);

--
-- Name: phyle_periods_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX phyle_periods_key ON public.phyle_periods USING btree (enterprise_id, period_start);

--
-- Name: postings_account_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX postings_account_idx ON public.postings USING btree (account_id, id);

--
-- Name: postings_transaction_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX postings_transaction_idx ON public.postings USING btree (transaction_id);

--
-- Name: problem_reports_open_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX problem_reports_open_idx ON public.problem_reports USING btree (unit_id) WHERE (resolved_at IS NULL);

--
-- Name: problem_reports_unit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX problem_reports_unit_idx ON public.problem_reports USING btree (unit_id, created_at);

--
-- Name: proposal_electors_person_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX proposal_electors_person_idx ON public.proposal_electors USING btree (person_id);

--
-- Name: proposals_due_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX proposals_due_idx ON public.proposals USING btree (status, closes_at) WHERE (status = ANY (ARRAY['scheduled'::public.proposal_status, 'open'::public.proposal_status]));

--
-- Name: proposals_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX proposals_org_idx ON public.proposals USING btree (organization_id, created_at, id);

--
-- Name: reciprocity_agreements_association_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reciprocity_agreements_association_idx ON public.reciprocity_agreements USING btree (association_id, status);

--
-- Name: reciprocity_agreements_commons_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reciprocity_agreements_commons_idx ON public.reciprocity_agreements USING btree (commons_id, status);

--
-- Name: reciprocity_agreements_enterprise_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reciprocity_agreements_enterprise_idx ON public.reciprocity_agreements USING btree (enterprise_id, status);

--
-- Name: reciprocity_invoices_due_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reciprocity_invoices_due_idx ON public.reciprocity_invoices USING btree (status, due_on);

--
-- Name: reciprocity_invoices_period_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX reciprocity_invoices_period_key ON public.reciprocity_invoices USING btree (agreement_id, period_start);

--
-- Name: remote_followers_actor_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX remote_followers_actor_idx ON public.remote_followers USING btree (actor_id, status, created_at);

--
-- Name: remote_following_follow_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX remote_following_follow_idx ON public.remote_following USING btree (follow_id);

--
-- Name: remote_forks_commons_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX remote_forks_commons_idx ON public.remote_forks USING btree (commons_id, created_at);

--
-- Name: remote_posts_context_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX remote_posts_context_idx ON public.remote_posts USING btree (context, published_at);

--
-- Name: remote_posts_via_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX remote_posts_via_idx ON public.remote_posts USING btree (via_uri, published_at);

--
-- Name: remote_take_ups_person_proposal; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX remote_take_ups_person_proposal ON public.remote_take_ups USING btree (person_id, proposal_uri);

--
-- Name: resource_categories_parent_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_categories_parent_idx ON public.resource_categories USING btree (parent_id);

--
-- Name: resource_categories_slug_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX resource_categories_slug_key ON public.resource_categories USING btree (slug);

--
-- Name: resource_types_category_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_types_category_idx ON public.resource_types USING btree (category_id);

--
-- Name: resource_types_library_slug_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX resource_types_library_slug_key ON public.resource_types USING btree (library_id, slug);

--
-- Name: resource_types_search_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_types_search_idx ON public.resource_types USING gin (to_tsvector('simple'::regconfig, ((name || ' '::text) || description)));

--
-- Name: resource_units_owner_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_units_owner_idx ON public.resource_units USING btree (owner_person_id);

--
-- Name: resource_units_type_code_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX resource_units_type_code_key ON public.resource_units USING btree (type_id, code);

--
-- Name: revisions_author_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX revisions_author_idx ON public.revisions USING btree (author_id);

--
-- Name: revisions_document_number_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX revisions_document_number_key ON public.revisions USING btree (document_id, number);

--
-- Name: sessions_person_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sessions_person_idx ON public.sessions USING btree (person_id);

--
-- Name: threads_commons_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX threads_commons_idx ON public.threads USING btree (commons_id, last_comment_at, id);

--
-- Name: threads_one_per_item_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX threads_one_per_item_key ON public.threads USING btree (subject_type, subject_id) WHERE (subject_type = ANY (ARRAY['contribution'::public.thread_subject, 'need'::public.thread_subject]));

--
-- Name: threads_subject_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX threads_subject_idx ON public.threads USING btree (subject_type, subject_id, last_comment_at, id);

--
-- Name: transactions_book_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_book_idx ON public.transactions USING btree (book_id, date, seq);

--
-- Name: transactions_book_seq_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_book_seq_idx ON public.transactions USING btree (book_id, seq);

--
-- Name: transactions_commons_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_commons_idx ON public.transactions USING btree (commons_id, date);

--
-- Name: transactions_decision_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_decision_idx ON public.transactions USING btree (decision_id);

--
-- Name: transactions_reverses_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX transactions_reverses_key ON public.transactions USING btree (reverses_id);

--
-- Name: transactions_seq_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX transactions_seq_key ON public.transactions USING btree (seq);

--
-- Name: transactions_transfer_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_transfer_idx ON public.transactions USING btree (transfer_id);

--
-- Name: unit_borrowers_person_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX unit_borrowers_person_idx ON public.unit_borrowers USING btree (person_id);

--
-- Name: upstream_offers_revision_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX upstream_offers_revision_idx ON public.upstream_offers USING btree (revision_id);

--
-- Name: value_equations_commons_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX value_equations_commons_key ON public.value_equations USING btree (commons_id);

--
-- Name: value_equations_enterprise_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX value_equations_enterprise_key ON public.value_equations USING btree (enterprise_id);

--
-- Name: votes_person_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX votes_person_idx ON public.votes USING btree (person_id);

--
-- Name: waitlist_one_live_per_person; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX waitlist_one_live_per_person ON public.waitlist_entries USING btree (type_id, person_id) WHERE (status = ANY (ARRAY['waiting'::public.waitlist_status, 'offered'::public.waitlist_status]));

--
-- Name: waitlist_queue_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX waitlist_queue_idx ON public.waitlist_entries USING btree (type_id, "position") WHERE (status = ANY (ARRAY['waiting'::public.waitlist_status, 'offered'::public.waitlist_status]));

--
-- Name: account_balances account_balances_guard; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER account_balances_guard BEFORE INSERT OR DELETE OR UPDATE ON public.account_balances FOR EACH STATEMENT EXECUTE FUNCTION public.ledger_rollup_guard();

--
-- Name: accounts accounts_guard; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER accounts_guard BEFORE UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.accounts_guard();

--
-- Name: activities activities_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER activities_append_only BEFORE UPDATE ON public.activities FOR EACH ROW WHEN (((new.actor_id IS NOT NULL) OR (old.actor_id IS NULL))) EXECUTE FUNCTION public.activities_append_only();

--
-- Name: affiliations affiliations_enterprise_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER affiliations_enterprise_only BEFORE INSERT OR UPDATE OF enterprise_id ON public.affiliations FOR EACH ROW EXECUTE FUNCTION public.affiliations_enterprise_only();

--
-- Name: api_tokens api_tokens_sign_ins_moved; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER api_tokens_sign_ins_moved AFTER DELETE OR UPDATE OF revoked_at, token_hash, person_id ON public.api_tokens FOR EACH STATEMENT EXECUTE FUNCTION public.triarchy_sign_ins_moved();

--
-- Name: blobs blobs_immutable; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER blobs_immutable BEFORE UPDATE ON public.blobs FOR EACH ROW EXECUTE FUNCTION public.revisions_immutable();

--
-- Name: bookings bookings_fill; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER bookings_fill BEFORE INSERT OR UPDATE OF unit_id, blocked_from, blocked_until ON public.bookings FOR EACH ROW EXECUTE FUNCTION public.bookings_fill();

--
-- Name: bookings bookings_status_guard; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER bookings_status_guard BEFORE UPDATE OF status ON public.bookings FOR EACH ROW EXECUTE FUNCTION public.bookings_status_guard();

--
-- Name: budget_lines budget_lines_draft_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER budget_lines_draft_only BEFORE INSERT OR DELETE OR UPDATE ON public.budget_lines FOR EACH ROW EXECUTE FUNCTION public.budget_lines_draft_only();

--
-- Name: budgets budgets_guard; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER budgets_guard BEFORE INSERT OR UPDATE ON public.budgets FOR EACH ROW EXECUTE FUNCTION public.budgets_guard();

--
-- Name: commons commons_organization_kinds; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER commons_organization_kinds BEFORE INSERT OR UPDATE OF community_id, steward_association_id ON public.commons FOR EACH ROW EXECUTE FUNCTION public.commons_organization_kinds();

--
-- Name: commons_uses commons_uses_enterprise_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER commons_uses_enterprise_only BEFORE INSERT OR UPDATE OF enterprise_id ON public.commons_uses FOR EACH ROW EXECUTE FUNCTION public.commons_uses_enterprise_only();

--
-- Name: contributions contributions_credit_rollup; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER contributions_credit_rollup AFTER INSERT OR UPDATE OF status ON public.contributions FOR EACH ROW EXECUTE FUNCTION public.contributions_credit_rollup();

--
-- Name: contributions contributions_final; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER contributions_final BEFORE UPDATE OF status ON public.contributions FOR EACH ROW EXECUTE FUNCTION public.contributions_final();

--
-- Name: credit_days credit_days_guard; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER credit_days_guard BEFORE INSERT OR DELETE OR UPDATE ON public.credit_days FOR EACH ROW EXECUTE FUNCTION public.credit_days_guard();

--
-- Name: distribution_shares distribution_shares_exact; Type: TRIGGER; Schema: public; Owner: -
--

CREATE CONSTRAINT TRIGGER distribution_shares_exact AFTER INSERT ON public.distribution_shares DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.distributions_exact();

--
-- Name: distribution_shares distribution_shares_immutable; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER distribution_shares_immutable BEFORE DELETE OR UPDATE ON public.distribution_shares FOR EACH ROW EXECUTE FUNCTION public.coalition_history_immutable();

--
-- Name: distributions distributions_exact; Type: TRIGGER; Schema: public; Owner: -
--

CREATE CONSTRAINT TRIGGER distributions_exact AFTER INSERT ON public.distributions DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.distributions_exact();

--
-- Name: distributions distributions_immutable; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER distributions_immutable BEFORE DELETE OR UPDATE ON public.distributions FOR EACH ROW EXECUTE FUNCTION public.coalition_history_immutable();

--
-- Name: donations donations_final; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER donations_final BEFORE UPDATE ON public.donations FOR EACH ROW EXECUTE FUNCTION public.donations_final();

--
-- Name: expenses expenses_authority; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER expenses_authority BEFORE INSERT OR UPDATE ON public.expenses FOR EACH ROW EXECUTE FUNCTION public.expenses_authority();

--
-- Name: instance instance_sign_ins_moved; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER instance_sign_ins_moved AFTER UPDATE ON public.instance FOR EACH STATEMENT EXECUTE FUNCTION public.triarchy_sign_ins_moved();

--
-- Name: ledger_months ledger_months_guard; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ledger_months_guard BEFORE INSERT OR DELETE OR UPDATE ON public.ledger_months FOR EACH STATEMENT EXECUTE FUNCTION public.ledger_rollup_guard();

--
-- Name: library_borrowers library_borrowers_guard; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER library_borrowers_guard BEFORE INSERT OR DELETE OR UPDATE ON public.library_borrowers FOR EACH ROW EXECUTE FUNCTION public.loan_rollups_guard();

--
-- Name: loan_months loan_months_guard; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER loan_months_guard BEFORE INSERT OR DELETE OR UPDATE ON public.loan_months FOR EACH ROW EXECUTE FUNCTION public.loan_rollups_guard();

--
-- Name: loans loans_guard; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER loans_guard BEFORE UPDATE ON public.loans FOR EACH ROW EXECUTE FUNCTION public.loans_guard();

--
-- Name: loans loans_rollup; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER loans_rollup AFTER INSERT OR UPDATE OF checked_in_at, without_loan ON public.loans FOR EACH ROW EXECUTE FUNCTION public.loans_rollup();

--
-- Name: loans loans_unit_in_service; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER loans_unit_in_service BEFORE INSERT ON public.loans FOR EACH ROW EXECUTE FUNCTION public.loans_unit_in_service();

--
-- Name: memberships memberships_cleared; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER memberships_cleared AFTER TRUNCATE ON public.memberships FOR EACH STATEMENT EXECUTE FUNCTION public.organization_member_counts_cleared();

--
-- Name: memberships memberships_counted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER memberships_counted AFTER INSERT OR DELETE OR UPDATE OF status, organization_id ON public.memberships FOR EACH ROW EXECUTE FUNCTION public.organization_member_counts_follow();

--
-- Name: memberships memberships_keep_a_steward; Type: TRIGGER; Schema: public; Owner: -
--

CREATE CONSTRAINT TRIGGER memberships_keep_a_steward AFTER DELETE OR UPDATE ON public.memberships NOT DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW EXECUTE FUNCTION public.memberships_keep_a_steward();

--
-- Name: notifications notifications_unread_deleted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER notifications_unread_deleted AFTER DELETE ON public.notifications REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.notification_unread_follow();

--
-- Name: notifications notifications_unread_inserted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER notifications_unread_inserted AFTER INSERT ON public.notifications REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.notification_unread_follow();

--
-- Name: notifications notifications_unread_updated; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER notifications_unread_updated AFTER UPDATE ON public.notifications REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.notification_unread_follow();

--
-- Name: organizations organizations_list_moved_on; Type: TRIGGER; Schema: public; Owner: -
--

CREATE CONSTRAINT TRIGGER organizations_list_moved_on AFTER INSERT OR DELETE OR UPDATE ON public.organizations DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.organization_list_moved_on();

--
-- Name: organizations organizations_list_truncated; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER organizations_list_truncated AFTER TRUNCATE ON public.organizations FOR EACH STATEMENT EXECUTE FUNCTION public.organization_list_moved_on();

--
-- Name: pb_ballot_choices pb_ballot_choices_in_voting; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pb_ballot_choices_in_voting BEFORE INSERT OR UPDATE ON public.pb_ballot_choices FOR EACH ROW EXECUTE FUNCTION public.pb_ballots_in_voting();

--
-- Name: pb_ballots pb_ballots_in_voting; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pb_ballots_in_voting BEFORE INSERT OR UPDATE ON public.pb_ballots FOR EACH ROW EXECUTE FUNCTION public.pb_ballots_in_voting();

--
-- Name: pb_tranches pb_tranches_within_grant; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pb_tranches_within_grant BEFORE INSERT OR UPDATE OF amount ON public.pb_tranches FOR EACH ROW EXECUTE FUNCTION public.pb_tranches_within_grant();

--
-- Name: people people_sign_ins_moved; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER people_sign_ins_moved AFTER DELETE OR UPDATE ON public.people FOR EACH STATEMENT EXECUTE FUNCTION public.triarchy_sign_ins_moved();

--
-- Name: phyle_beneficiaries phyle_beneficiaries_whole; Type: TRIGGER; Schema: public; Owner: -
--

CREATE CONSTRAINT TRIGGER phyle_beneficiaries_whole AFTER INSERT OR DELETE OR UPDATE ON public.phyle_beneficiaries DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.phyle_beneficiaries_whole();

--
-- Name: phyle_charters phyle_charters_whole; Type: TRIGGER; Schema: public; Owner: -
--

CREATE CONSTRAINT TRIGGER phyle_charters_whole AFTER INSERT OR UPDATE ON public.phyle_charters DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.phyle_beneficiaries_whole();

--
-- Name: phyle_commitments phyle_commitments_exact; Type: TRIGGER; Schema: public; Owner: -
--

CREATE CONSTRAINT TRIGGER phyle_commitments_exact AFTER INSERT ON public.phyle_commitments DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.phyle_commitments_exact();

--
-- Name: phyle_commitments phyle_commitments_immutable; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER phyle_commitments_immutable BEFORE DELETE OR UPDATE ON public.phyle_commitments FOR EACH ROW EXECUTE FUNCTION public.coalition_history_immutable();

--
-- Name: phyle_periods phyle_periods_exact; Type: TRIGGER; Schema: public; Owner: -
--

CREATE CONSTRAINT TRIGGER phyle_periods_exact AFTER INSERT ON public.phyle_periods DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.phyle_commitments_exact();

--
-- Name: phyle_periods phyle_periods_immutable; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER phyle_periods_immutable BEFORE DELETE OR UPDATE ON public.phyle_periods FOR EACH ROW EXECUTE FUNCTION public.coalition_history_immutable();

--
-- Name: postings postings_check; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER postings_check AFTER INSERT ON public.postings REFERENCING NEW TABLE AS new_postings FOR EACH STATEMENT EXECUTE FUNCTION public.postings_check();

--
-- Name: postings postings_immutable; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER postings_immutable BEFORE DELETE OR UPDATE ON public.postings FOR EACH ROW EXECUTE FUNCTION public.ledger_immutable();

--
-- Name: postings postings_rollup; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER postings_rollup AFTER INSERT ON public.postings REFERENCING NEW TABLE AS new_postings FOR EACH STATEMENT EXECUTE FUNCTION public.postings_rollup();

--
-- Name: proposal_electors proposal_electors_frozen; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER proposal_electors_frozen BEFORE INSERT OR DELETE OR UPDATE ON public.proposal_electors FOR EACH ROW EXECUTE FUNCTION public.proposal_electors_frozen();

--
-- Name: proposals proposals_guard; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER proposals_guard BEFORE UPDATE ON public.proposals FOR EACH ROW EXECUTE FUNCTION public.proposals_guard();

--
-- Name: reciprocity_agreements reciprocity_agreements_guard; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER reciprocity_agreements_guard BEFORE UPDATE ON public.reciprocity_agreements FOR EACH ROW EXECUTE FUNCTION public.reciprocity_agreements_guard();

--
-- Name: reciprocity_agreements reciprocity_agreements_parties; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER reciprocity_agreements_parties BEFORE INSERT OR UPDATE OF enterprise_id, association_id, commons_id ON public.reciprocity_agreements FOR EACH ROW EXECUTE FUNCTION public.reciprocity_agreements_parties();

--
-- Name: reciprocity_invoices reciprocity_invoices_guard; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER reciprocity_invoices_guard BEFORE INSERT OR UPDATE ON public.reciprocity_invoices FOR EACH ROW EXECUTE FUNCTION public.reciprocity_invoices_guard();

--
-- Name: revisions revisions_immutable; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER revisions_immutable BEFORE UPDATE OF document_id, number, blob_hash, message, lines_added, lines_removed, created_at ON public.revisions FOR EACH ROW EXECUTE FUNCTION public.revisions_immutable();

--
-- Name: revisions revisions_sequence; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER revisions_sequence BEFORE INSERT ON public.revisions FOR EACH ROW EXECUTE FUNCTION public.revisions_sequence();

--
-- Name: sessions sessions_sign_ins_moved; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER sessions_sign_ins_moved AFTER DELETE OR UPDATE ON public.sessions FOR EACH STATEMENT EXECUTE FUNCTION public.triarchy_sign_ins_moved();

--
-- Name: transactions transactions_balanced; Type: TRIGGER; Schema: public; Owner: -
--

CREATE CONSTRAINT TRIGGER transactions_balanced AFTER INSERT ON public.transactions DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.transactions_balanced();

--
-- Name: transactions transactions_immutable; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER transactions_immutable BEFORE DELETE OR UPDATE ON public.transactions FOR EACH ROW EXECUTE FUNCTION public.ledger_immutable();

--
-- Name: unit_borrowers unit_borrowers_guard; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER unit_borrowers_guard BEFORE INSERT OR DELETE OR UPDATE ON public.unit_borrowers FOR EACH ROW EXECUTE FUNCTION public.loan_rollups_guard();

--
-- Name: unit_people unit_people_guard; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER unit_people_guard BEFORE INSERT OR DELETE OR UPDATE ON public.unit_people FOR EACH ROW EXECUTE FUNCTION public.loan_rollups_guard();

--
-- Name: votes votes_window; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER votes_window BEFORE INSERT OR DELETE OR UPDATE ON public.votes FOR EACH ROW EXECUTE FUNCTION public.votes_window();

--
-- Name: account_balances account_balances_account_id_accounts_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_balances
    ADD CONSTRAINT account_balances_account_id_accounts_id_fk FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE;

--
-- Name: account_tokens account_tokens_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_tokens
    ADD CONSTRAINT account_tokens_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: accounts accounts_book_id_books_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_book_id_books_id_fk FOREIGN KEY (book_id) REFERENCES public.books(id) ON DELETE CASCADE;

--
-- Name: activities activities_actor_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.activities
    ADD CONSTRAINT activities_actor_id_people_id_fk FOREIGN KEY (actor_id) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: activities activities_organization_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.activities
    ADD CONSTRAINT activities_organization_id_organizations_id_fk FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;

--
-- Name: affiliations affiliations_enterprise_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.affiliations
    ADD CONSTRAINT affiliations_enterprise_id_organizations_id_fk FOREIGN KEY (enterprise_id) REFERENCES public.organizations(id) ON DELETE CASCADE;

--
-- Name: affiliations affiliations_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.affiliations
    ADD CONSTRAINT affiliations_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: affiliations affiliations_reviewed_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.affiliations
    ADD CONSTRAINT affiliations_reviewed_by_people_id_fk FOREIGN KEY (reviewed_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: api_tokens api_tokens_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT api_tokens_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: bookings bookings_library_id_libraries_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_library_id_libraries_id_fk FOREIGN KEY (library_id) REFERENCES public.libraries(id) ON DELETE CASCADE;

--
-- Name: bookings bookings_overridden_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_overridden_by_people_id_fk FOREIGN KEY (overridden_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: bookings bookings_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE RESTRICT;

--
-- Name: bookings bookings_type_id_resource_types_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_type_id_resource_types_id_fk FOREIGN KEY (type_id) REFERENCES public.resource_types(id) ON DELETE RESTRICT;

--
-- Name: bookings bookings_unit_id_resource_units_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_unit_id_resource_units_id_fk FOREIGN KEY (unit_id) REFERENCES public.resource_units(id) ON DELETE RESTRICT;

--
-- Name: books books_organization_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.books
    ADD CONSTRAINT books_organization_id_organizations_id_fk FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;

--
-- Name: books books_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.books
    ADD CONSTRAINT books_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: borrowing_approvals borrowing_approvals_approved_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.borrowing_approvals
    ADD CONSTRAINT borrowing_approvals_approved_by_people_id_fk FOREIGN KEY (approved_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: borrowing_approvals borrowing_approvals_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.borrowing_approvals
    ADD CONSTRAINT borrowing_approvals_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: borrowing_approvals borrowing_approvals_type_id_resource_types_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.borrowing_approvals
    ADD CONSTRAINT borrowing_approvals_type_id_resource_types_id_fk FOREIGN KEY (type_id) REFERENCES public.resource_types(id) ON DELETE CASCADE;

--
-- Name: budget_lines budget_lines_account_id_accounts_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budget_lines
    ADD CONSTRAINT budget_lines_account_id_accounts_id_fk FOREIGN KEY (account_id) REFERENCES public.accounts(id);

--
-- Name: budget_lines budget_lines_budget_id_budgets_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budget_lines
    ADD CONSTRAINT budget_lines_budget_id_budgets_id_fk FOREIGN KEY (budget_id) REFERENCES public.budgets(id) ON DELETE CASCADE;

--
-- Name: budgets budgets_created_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budgets
    ADD CONSTRAINT budgets_created_by_people_id_fk FOREIGN KEY (created_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: budgets budgets_organization_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budgets
    ADD CONSTRAINT budgets_organization_id_organizations_id_fk FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;

--
-- Name: budgets budgets_proposal_id_proposals_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budgets
    ADD CONSTRAINT budgets_proposal_id_proposals_id_fk FOREIGN KEY (proposal_id) REFERENCES public.proposals(id) ON DELETE SET NULL;

--
-- Name: calendar_feed_tokens calendar_feed_tokens_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_feed_tokens
    ADD CONSTRAINT calendar_feed_tokens_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: comment_versions comment_versions_comment_id_comments_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comment_versions
    ADD CONSTRAINT comment_versions_comment_id_comments_id_fk FOREIGN KEY (comment_id) REFERENCES public.comments(id) ON DELETE CASCADE;

--
-- Name: comments comments_author_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_author_id_people_id_fk FOREIGN KEY (author_id) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: comments comments_hidden_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_hidden_by_people_id_fk FOREIGN KEY (hidden_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: comments comments_thread_id_threads_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_thread_id_threads_id_fk FOREIGN KEY (thread_id) REFERENCES public.threads(id) ON DELETE CASCADE;

--
-- Name: commons commons_community_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.commons
    ADD CONSTRAINT commons_community_id_organizations_id_fk FOREIGN KEY (community_id) REFERENCES public.organizations(id) ON DELETE RESTRICT;

--
-- Name: commons commons_created_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.commons
    ADD CONSTRAINT commons_created_by_people_id_fk FOREIGN KEY (created_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: commons commons_forked_from_id_commons_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.commons
    ADD CONSTRAINT commons_forked_from_id_commons_id_fk FOREIGN KEY (forked_from_id) REFERENCES public.commons(id) ON DELETE SET NULL;

--
-- Name: commons commons_steward_association_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.commons
    ADD CONSTRAINT commons_steward_association_id_organizations_id_fk FOREIGN KEY (steward_association_id) REFERENCES public.organizations(id) ON DELETE SET NULL;

--
-- Name: commons_uses commons_uses_commons_id_commons_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.commons_uses
    ADD CONSTRAINT commons_uses_commons_id_commons_id_fk FOREIGN KEY (commons_id) REFERENCES public.commons(id) ON DELETE CASCADE;

--
-- Name: commons_uses commons_uses_declared_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.commons_uses
    ADD CONSTRAINT commons_uses_declared_by_people_id_fk FOREIGN KEY (declared_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: commons_uses commons_uses_enterprise_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.commons_uses
    ADD CONSTRAINT commons_uses_enterprise_id_organizations_id_fk FOREIGN KEY (enterprise_id) REFERENCES public.organizations(id) ON DELETE CASCADE;

--
-- Name: contribution_supports contribution_supports_contribution_id_contributions_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contribution_supports
    ADD CONSTRAINT contribution_supports_contribution_id_contributions_id_fk FOREIGN KEY (contribution_id) REFERENCES public.contributions(id) ON DELETE CASCADE;

--
-- Name: contribution_supports contribution_supports_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contribution_supports
    ADD CONSTRAINT contribution_supports_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: contributions contributions_author_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contributions
    ADD CONSTRAINT contributions_author_id_people_id_fk FOREIGN KEY (author_id) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: contributions contributions_base_revision_id_revisions_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contributions
    ADD CONSTRAINT contributions_base_revision_id_revisions_id_fk FOREIGN KEY (base_revision_id) REFERENCES public.revisions(id);

--
-- Name: contributions contributions_commons_id_commons_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contributions
    ADD CONSTRAINT contributions_commons_id_commons_id_fk FOREIGN KEY (commons_id) REFERENCES public.commons(id) ON DELETE CASCADE;

--
-- Name: contributions contributions_document_id_documents_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contributions
    ADD CONSTRAINT contributions_document_id_documents_id_fk FOREIGN KEY (document_id) REFERENCES public.documents(id) ON DELETE CASCADE;

--
-- Name: contributions contributions_paid_by_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contributions
    ADD CONSTRAINT contributions_paid_by_id_organizations_id_fk FOREIGN KEY (paid_by_id) REFERENCES public.organizations(id) ON DELETE SET NULL;

--
-- Name: contributions contributions_proposed_hash_blobs_hash_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contributions
    ADD CONSTRAINT contributions_proposed_hash_blobs_hash_fk FOREIGN KEY (proposed_hash) REFERENCES public.blobs(hash);

--
-- Name: contributions contributions_result_revision_id_revisions_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contributions
    ADD CONSTRAINT contributions_result_revision_id_revisions_id_fk FOREIGN KEY (result_revision_id) REFERENCES public.revisions(id) ON DELETE SET NULL;

--
-- Name: contributions contributions_reviewer_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contributions
    ADD CONSTRAINT contributions_reviewer_id_people_id_fk FOREIGN KEY (reviewer_id) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: contributions contributions_source_revision_id_revisions_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contributions
    ADD CONSTRAINT contributions_source_revision_id_revisions_id_fk FOREIGN KEY (source_revision_id) REFERENCES public.revisions(id) ON DELETE SET NULL;

--
-- Name: credit_days credit_days_commons_id_commons_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.credit_days
    ADD CONSTRAINT credit_days_commons_id_commons_id_fk FOREIGN KEY (commons_id) REFERENCES public.commons(id) ON DELETE CASCADE;

--
-- Name: credit_days credit_days_paid_by_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.credit_days
    ADD CONSTRAINT credit_days_paid_by_id_organizations_id_fk FOREIGN KEY (paid_by_id) REFERENCES public.organizations(id);

--
-- Name: distribution_shares distribution_shares_account_id_accounts_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.distribution_shares
    ADD CONSTRAINT distribution_shares_account_id_accounts_id_fk FOREIGN KEY (account_id) REFERENCES public.accounts(id);

--
-- Name: distribution_shares distribution_shares_distribution_id_distributions_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.distribution_shares
    ADD CONSTRAINT distribution_shares_distribution_id_distributions_id_fk FOREIGN KEY (distribution_id) REFERENCES public.distributions(id) ON DELETE CASCADE;

--
-- Name: distribution_shares distribution_shares_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.distribution_shares
    ADD CONSTRAINT distribution_shares_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: distributions distributions_book_id_books_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.distributions
    ADD CONSTRAINT distributions_book_id_books_id_fk FOREIGN KEY (book_id) REFERENCES public.books(id) ON DELETE CASCADE;

--
-- Name: distributions distributions_commons_id_commons_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.distributions
    ADD CONSTRAINT distributions_commons_id_commons_id_fk FOREIGN KEY (commons_id) REFERENCES public.commons(id) ON DELETE SET NULL;

--
-- Name: distributions distributions_created_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.distributions
    ADD CONSTRAINT distributions_created_by_people_id_fk FOREIGN KEY (created_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: distributions distributions_organization_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.distributions
    ADD CONSTRAINT distributions_organization_id_organizations_id_fk FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;

--
-- Name: distributions distributions_source_account_id_accounts_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.distributions
    ADD CONSTRAINT distributions_source_account_id_accounts_id_fk FOREIGN KEY (source_account_id) REFERENCES public.accounts(id);

--
-- Name: distributions distributions_transaction_id_transactions_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.distributions
    ADD CONSTRAINT distributions_transaction_id_transactions_id_fk FOREIGN KEY (transaction_id) REFERENCES public.transactions(id);

--
-- Name: documents documents_commons_id_commons_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_commons_id_commons_id_fk FOREIGN KEY (commons_id) REFERENCES public.commons(id) ON DELETE CASCADE;

--
-- Name: documents documents_forked_from_document_id_documents_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_forked_from_document_id_documents_id_fk FOREIGN KEY (forked_from_document_id) REFERENCES public.documents(id) ON DELETE SET NULL;

--
-- Name: donations donations_donor_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.donations
    ADD CONSTRAINT donations_donor_id_people_id_fk FOREIGN KEY (donor_id) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: donations donations_organization_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.donations
    ADD CONSTRAINT donations_organization_id_organizations_id_fk FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;

--
-- Name: donations donations_reviewed_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.donations
    ADD CONSTRAINT donations_reviewed_by_people_id_fk FOREIGN KEY (reviewed_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: donations donations_transaction_id_transactions_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.donations
    ADD CONSTRAINT donations_transaction_id_transactions_id_fk FOREIGN KEY (transaction_id) REFERENCES public.transactions(id);

--
-- Name: expenses expenses_account_id_accounts_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.expenses
    ADD CONSTRAINT expenses_account_id_accounts_id_fk FOREIGN KEY (account_id) REFERENCES public.accounts(id);

--
-- Name: expenses expenses_budget_line_id_budget_lines_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.expenses
    ADD CONSTRAINT expenses_budget_line_id_budget_lines_id_fk FOREIGN KEY (budget_line_id) REFERENCES public.budget_lines(id);

--
-- Name: expenses expenses_decided_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.expenses
    ADD CONSTRAINT expenses_decided_by_people_id_fk FOREIGN KEY (decided_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: expenses expenses_organization_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.expenses
    ADD CONSTRAINT expenses_organization_id_organizations_id_fk FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;

--
-- Name: expenses expenses_payee_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.expenses
    ADD CONSTRAINT expenses_payee_person_id_people_id_fk FOREIGN KEY (payee_person_id) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: expenses expenses_proposal_id_proposals_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.expenses
    ADD CONSTRAINT expenses_proposal_id_proposals_id_fk FOREIGN KEY (proposal_id) REFERENCES public.proposals(id);

--
-- Name: expenses expenses_submitted_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.expenses
    ADD CONSTRAINT expenses_submitted_by_people_id_fk FOREIGN KEY (submitted_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: expenses expenses_transaction_id_transactions_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.expenses
    ADD CONSTRAINT expenses_transaction_id_transactions_id_fk FOREIGN KEY (transaction_id) REFERENCES public.transactions(id);

--
-- Name: fee_schedules fee_schedules_created_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fee_schedules
    ADD CONSTRAINT fee_schedules_created_by_people_id_fk FOREIGN KEY (created_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: fee_schedules fee_schedules_organization_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fee_schedules
    ADD CONSTRAINT fee_schedules_organization_id_organizations_id_fk FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;

--
-- Name: follows follows_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.follows
    ADD CONSTRAINT follows_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: ledger_months ledger_months_account_id_accounts_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ledger_months
    ADD CONSTRAINT ledger_months_account_id_accounts_id_fk FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE;

--
-- Name: ledger_months ledger_months_book_id_books_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ledger_months
    ADD CONSTRAINT ledger_months_book_id_books_id_fk FOREIGN KEY (book_id) REFERENCES public.books(id) ON DELETE CASCADE;

--
-- Name: libraries libraries_created_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.libraries
    ADD CONSTRAINT libraries_created_by_people_id_fk FOREIGN KEY (created_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: libraries libraries_organization_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.libraries
    ADD CONSTRAINT libraries_organization_id_organizations_id_fk FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;

--
-- Name: library_borrowers library_borrowers_library_id_libraries_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.library_borrowers
    ADD CONSTRAINT library_borrowers_library_id_libraries_id_fk FOREIGN KEY (library_id) REFERENCES public.libraries(id) ON DELETE CASCADE;

--
-- Name: library_borrowers library_borrowers_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.library_borrowers
    ADD CONSTRAINT library_borrowers_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: library_closures library_closures_library_id_libraries_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.library_closures
    ADD CONSTRAINT library_closures_library_id_libraries_id_fk FOREIGN KEY (library_id) REFERENCES public.libraries(id) ON DELETE CASCADE;

--
-- Name: loan_months loan_months_unit_id_resource_units_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.loan_months
    ADD CONSTRAINT loan_months_unit_id_resource_units_id_fk FOREIGN KEY (unit_id) REFERENCES public.resource_units(id) ON DELETE CASCADE;

--
-- Name: loans loans_booking_id_bookings_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.loans
    ADD CONSTRAINT loans_booking_id_bookings_id_fk FOREIGN KEY (booking_id) REFERENCES public.bookings(id) ON DELETE SET NULL;

--
-- Name: loans loans_checked_in_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.loans
    ADD CONSTRAINT loans_checked_in_by_people_id_fk FOREIGN KEY (checked_in_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: loans loans_checked_out_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.loans
    ADD CONSTRAINT loans_checked_out_by_people_id_fk FOREIGN KEY (checked_out_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: loans loans_custodian_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.loans
    ADD CONSTRAINT loans_custodian_id_people_id_fk FOREIGN KEY (custodian_id) REFERENCES public.people(id) ON DELETE RESTRICT;

--
-- Name: loans loans_unit_id_resource_units_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.loans
    ADD CONSTRAINT loans_unit_id_resource_units_id_fk FOREIGN KEY (unit_id) REFERENCES public.resource_units(id) ON DELETE RESTRICT;

--
-- Name: mail_outbox mail_outbox_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mail_outbox
    ADD CONSTRAINT mail_outbox_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: membership_fees membership_fees_organization_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.membership_fees
    ADD CONSTRAINT membership_fees_organization_id_organizations_id_fk FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;

--
-- Name: membership_fees membership_fees_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.membership_fees
    ADD CONSTRAINT membership_fees_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: membership_fees membership_fees_transaction_id_transactions_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.membership_fees
    ADD CONSTRAINT membership_fees_transaction_id_transactions_id_fk FOREIGN KEY (transaction_id) REFERENCES public.transactions(id);

--
-- Name: memberships memberships_organization_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.memberships
    ADD CONSTRAINT memberships_organization_id_organizations_id_fk FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;

--
-- Name: memberships memberships_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.memberships
    ADD CONSTRAINT memberships_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: need_links need_links_contribution_id_contributions_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.need_links
    ADD CONSTRAINT need_links_contribution_id_contributions_id_fk FOREIGN KEY (contribution_id) REFERENCES public.contributions(id) ON DELETE CASCADE;

--
-- Name: need_links need_links_linked_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.need_links
    ADD CONSTRAINT need_links_linked_by_people_id_fk FOREIGN KEY (linked_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: need_links need_links_need_id_needs_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.need_links
    ADD CONSTRAINT need_links_need_id_needs_id_fk FOREIGN KEY (need_id) REFERENCES public.needs(id) ON DELETE CASCADE;

--
-- Name: need_remote_takers need_remote_takers_need_id_needs_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.need_remote_takers
    ADD CONSTRAINT need_remote_takers_need_id_needs_id_fk FOREIGN KEY (need_id) REFERENCES public.needs(id) ON DELETE CASCADE;

--
-- Name: need_takers need_takers_need_id_needs_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.need_takers
    ADD CONSTRAINT need_takers_need_id_needs_id_fk FOREIGN KEY (need_id) REFERENCES public.needs(id) ON DELETE CASCADE;

--
-- Name: need_takers need_takers_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.need_takers
    ADD CONSTRAINT need_takers_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: need_updates need_updates_author_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.need_updates
    ADD CONSTRAINT need_updates_author_id_people_id_fk FOREIGN KEY (author_id) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: need_updates need_updates_need_id_needs_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.need_updates
    ADD CONSTRAINT need_updates_need_id_needs_id_fk FOREIGN KEY (need_id) REFERENCES public.needs(id) ON DELETE CASCADE;

--
-- Name: needs needs_author_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.needs
    ADD CONSTRAINT needs_author_id_people_id_fk FOREIGN KEY (author_id) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: needs needs_closed_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.needs
    ADD CONSTRAINT needs_closed_by_people_id_fk FOREIGN KEY (closed_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: needs needs_commons_id_commons_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.needs
    ADD CONSTRAINT needs_commons_id_commons_id_fk FOREIGN KEY (commons_id) REFERENCES public.commons(id) ON DELETE CASCADE;

--
-- Name: needs needs_organization_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.needs
    ADD CONSTRAINT needs_organization_id_organizations_id_fk FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;

--
-- Name: notification_preferences notification_preferences_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notification_preferences
    ADD CONSTRAINT notification_preferences_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: notification_unread notification_unread_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notification_unread
    ADD CONSTRAINT notification_unread_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: notifications notifications_activity_id_activities_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_activity_id_activities_id_fk FOREIGN KEY (activity_id) REFERENCES public.activities(id) ON DELETE CASCADE;

--
-- Name: notifications notifications_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: organization_member_counts organization_member_counts_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organization_member_counts
    ADD CONSTRAINT organization_member_counts_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;

--
-- Name: organizations organizations_created_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organizations
    ADD CONSTRAINT organizations_created_by_people_id_fk FOREIGN KEY (created_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: pb_ballot_choices pb_ballot_choices_ballot_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_ballot_choices
    ADD CONSTRAINT pb_ballot_choices_ballot_fk FOREIGN KEY (call_id, ballot_id) REFERENCES public.pb_ballots(call_id, id) ON DELETE CASCADE;

--
-- Name: pb_ballot_choices pb_ballot_choices_project_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_ballot_choices
    ADD CONSTRAINT pb_ballot_choices_project_fk FOREIGN KEY (call_id, project_id) REFERENCES public.pb_projects(call_id, id) ON DELETE CASCADE;

--
-- Name: pb_ballots pb_ballots_call_id_pb_calls_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_ballots
    ADD CONSTRAINT pb_ballots_call_id_pb_calls_id_fk FOREIGN KEY (call_id) REFERENCES public.pb_calls(id) ON DELETE CASCADE;

--
-- Name: pb_ballots pb_ballots_district_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_ballots
    ADD CONSTRAINT pb_ballots_district_fk FOREIGN KEY (call_id, district_id) REFERENCES public.pb_districts(call_id, id);

--
-- Name: pb_ballots pb_ballots_entered_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_ballots
    ADD CONSTRAINT pb_ballots_entered_by_people_id_fk FOREIGN KEY (entered_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: pb_ballots pb_ballots_voter_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_ballots
    ADD CONSTRAINT pb_ballots_voter_id_people_id_fk FOREIGN KEY (voter_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: pb_calls pb_calls_budget_line_id_budget_lines_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_calls
    ADD CONSTRAINT pb_calls_budget_line_id_budget_lines_id_fk FOREIGN KEY (budget_line_id) REFERENCES public.budget_lines(id);

--
-- Name: pb_calls pb_calls_created_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_calls
    ADD CONSTRAINT pb_calls_created_by_people_id_fk FOREIGN KEY (created_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: pb_calls pb_calls_organization_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_calls
    ADD CONSTRAINT pb_calls_organization_id_organizations_id_fk FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;

--
-- Name: pb_districts pb_districts_call_id_pb_calls_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_districts
    ADD CONSTRAINT pb_districts_call_id_pb_calls_id_fk FOREIGN KEY (call_id) REFERENCES public.pb_calls(id) ON DELETE CASCADE;

--
-- Name: pb_grants pb_grants_call_id_pb_calls_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_grants
    ADD CONSTRAINT pb_grants_call_id_pb_calls_id_fk FOREIGN KEY (call_id) REFERENCES public.pb_calls(id) ON DELETE CASCADE;

--
-- Name: pb_grants pb_grants_project_id_pb_projects_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_grants
    ADD CONSTRAINT pb_grants_project_id_pb_projects_id_fk FOREIGN KEY (project_id) REFERENCES public.pb_projects(id) ON DELETE CASCADE;

--
-- Name: pb_grants pb_grants_recipient_organization_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_grants
    ADD CONSTRAINT pb_grants_recipient_organization_id_organizations_id_fk FOREIGN KEY (recipient_organization_id) REFERENCES public.organizations(id) ON DELETE SET NULL;

--
-- Name: pb_grants pb_grants_recipient_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_grants
    ADD CONSTRAINT pb_grants_recipient_person_id_people_id_fk FOREIGN KEY (recipient_person_id) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: pb_projects pb_projects_author_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_projects
    ADD CONSTRAINT pb_projects_author_id_people_id_fk FOREIGN KEY (author_id) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: pb_projects pb_projects_call_id_pb_calls_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_projects
    ADD CONSTRAINT pb_projects_call_id_pb_calls_id_fk FOREIGN KEY (call_id) REFERENCES public.pb_calls(id) ON DELETE CASCADE;

--
-- Name: pb_projects pb_projects_commons_id_commons_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_projects
    ADD CONSTRAINT pb_projects_commons_id_commons_id_fk FOREIGN KEY (commons_id) REFERENCES public.commons(id) ON DELETE SET NULL;

--
-- Name: pb_projects pb_projects_district_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_projects
    ADD CONSTRAINT pb_projects_district_fk FOREIGN KEY (call_id, district_id) REFERENCES public.pb_districts(call_id, id);

--
-- Name: pb_projects pb_projects_organization_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_projects
    ADD CONSTRAINT pb_projects_organization_id_organizations_id_fk FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE SET NULL;

--
-- Name: pb_projects pb_projects_reviewed_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_projects
    ADD CONSTRAINT pb_projects_reviewed_by_people_id_fk FOREIGN KEY (reviewed_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: pb_register pb_register_call_id_pb_calls_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_register
    ADD CONSTRAINT pb_register_call_id_pb_calls_id_fk FOREIGN KEY (call_id) REFERENCES public.pb_calls(id) ON DELETE CASCADE;

--
-- Name: pb_register pb_register_claimed_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_register
    ADD CONSTRAINT pb_register_claimed_by_people_id_fk FOREIGN KEY (claimed_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: pb_reports pb_reports_author_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_reports
    ADD CONSTRAINT pb_reports_author_id_people_id_fk FOREIGN KEY (author_id) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: pb_reports pb_reports_grant_id_pb_grants_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_reports
    ADD CONSTRAINT pb_reports_grant_id_pb_grants_id_fk FOREIGN KEY (grant_id) REFERENCES public.pb_grants(id) ON DELETE CASCADE;

--
-- Name: pb_results pb_results_call_id_pb_calls_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_results
    ADD CONSTRAINT pb_results_call_id_pb_calls_id_fk FOREIGN KEY (call_id) REFERENCES public.pb_calls(id) ON DELETE CASCADE;

--
-- Name: pb_supports pb_supports_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_supports
    ADD CONSTRAINT pb_supports_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: pb_supports pb_supports_project_id_pb_projects_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_supports
    ADD CONSTRAINT pb_supports_project_id_pb_projects_id_fk FOREIGN KEY (project_id) REFERENCES public.pb_projects(id) ON DELETE CASCADE;

--
-- Name: pb_tranches pb_tranches_expense_id_expenses_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_tranches
    ADD CONSTRAINT pb_tranches_expense_id_expenses_id_fk FOREIGN KEY (expense_id) REFERENCES public.expenses(id);

--
-- Name: pb_tranches pb_tranches_grant_id_pb_grants_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pb_tranches
    ADD CONSTRAINT pb_tranches_grant_id_pb_grants_id_fk FOREIGN KEY (grant_id) REFERENCES public.pb_grants(id) ON DELETE CASCADE;

--
-- Name: phyle_beneficiaries phyle_beneficiaries_commons_id_commons_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.phyle_beneficiaries
    ADD CONSTRAINT phyle_beneficiaries_commons_id_commons_id_fk FOREIGN KEY (commons_id) REFERENCES public.commons(id) ON DELETE CASCADE;

--
-- Name: phyle_beneficiaries phyle_beneficiaries_enterprise_id_phyle_charters_enterprise_id_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.phyle_beneficiaries
    ADD CONSTRAINT phyle_beneficiaries_enterprise_id_phyle_charters_enterprise_id_ FOREIGN KEY (enterprise_id) REFERENCES public.phyle_charters(enterprise_id) ON DELETE CASCADE;

--
-- Name: phyle_charters phyle_charters_adopted_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.phyle_charters
    ADD CONSTRAINT phyle_charters_adopted_by_people_id_fk FOREIGN KEY (adopted_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: phyle_charters phyle_charters_enterprise_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.phyle_charters
    ADD CONSTRAINT phyle_charters_enterprise_id_organizations_id_fk FOREIGN KEY (enterprise_id) REFERENCES public.organizations(id) ON DELETE CASCADE;

--
-- Name: phyle_commitments phyle_commitments_commons_id_commons_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.phyle_commitments
    ADD CONSTRAINT phyle_commitments_commons_id_commons_id_fk FOREIGN KEY (commons_id) REFERENCES public.commons(id) ON DELETE CASCADE;

--
-- Name: phyle_commitments phyle_commitments_period_id_phyle_periods_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.phyle_commitments
    ADD CONSTRAINT phyle_commitments_period_id_phyle_periods_id_fk FOREIGN KEY (period_id) REFERENCES public.phyle_periods(id) ON DELETE CASCADE;

--
-- Name: phyle_periods phyle_periods_enterprise_id_phyle_charters_enterprise_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.phyle_periods
    ADD CONSTRAINT phyle_periods_enterprise_id_phyle_charters_enterprise_id_fk FOREIGN KEY (enterprise_id) REFERENCES public.phyle_charters(enterprise_id) ON DELETE CASCADE;

--
-- Name: phyle_periods phyle_periods_recorded_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.phyle_periods
    ADD CONSTRAINT phyle_periods_recorded_by_people_id_fk FOREIGN KEY (recorded_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: postings postings_account_id_accounts_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.postings
    ADD CONSTRAINT postings_account_id_accounts_id_fk FOREIGN KEY (account_id) REFERENCES public.accounts(id);

--
-- Name: postings postings_transaction_id_transactions_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.postings
    ADD CONSTRAINT postings_transaction_id_transactions_id_fk FOREIGN KEY (transaction_id) REFERENCES public.transactions(id) ON DELETE CASCADE;

--
-- Name: problem_reports problem_reports_loan_id_loans_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.problem_reports
    ADD CONSTRAINT problem_reports_loan_id_loans_id_fk FOREIGN KEY (loan_id) REFERENCES public.loans(id) ON DELETE SET NULL;

--
-- Name: problem_reports problem_reports_reporter_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.problem_reports
    ADD CONSTRAINT problem_reports_reporter_id_people_id_fk FOREIGN KEY (reporter_id) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: problem_reports problem_reports_resolved_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.problem_reports
    ADD CONSTRAINT problem_reports_resolved_by_people_id_fk FOREIGN KEY (resolved_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: problem_reports problem_reports_unit_id_resource_units_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.problem_reports
    ADD CONSTRAINT problem_reports_unit_id_resource_units_id_fk FOREIGN KEY (unit_id) REFERENCES public.resource_units(id) ON DELETE CASCADE;

--
-- Name: proposal_electors proposal_electors_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.proposal_electors
    ADD CONSTRAINT proposal_electors_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: proposal_electors proposal_electors_proposal_id_proposals_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.proposal_electors
    ADD CONSTRAINT proposal_electors_proposal_id_proposals_id_fk FOREIGN KEY (proposal_id) REFERENCES public.proposals(id) ON DELETE CASCADE;

--
-- Name: proposals proposals_author_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.proposals
    ADD CONSTRAINT proposals_author_id_people_id_fk FOREIGN KEY (author_id) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: proposals proposals_organization_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.proposals
    ADD CONSTRAINT proposals_organization_id_organizations_id_fk FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;

--
-- Name: receipts receipts_expense_id_expenses_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.receipts
    ADD CONSTRAINT receipts_expense_id_expenses_id_fk FOREIGN KEY (expense_id) REFERENCES public.expenses(id) ON DELETE CASCADE;

--
-- Name: reciprocity_agreements reciprocity_agreements_association_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reciprocity_agreements
    ADD CONSTRAINT reciprocity_agreements_association_id_organizations_id_fk FOREIGN KEY (association_id) REFERENCES public.organizations(id) ON DELETE CASCADE;

--
-- Name: reciprocity_agreements reciprocity_agreements_commons_id_commons_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reciprocity_agreements
    ADD CONSTRAINT reciprocity_agreements_commons_id_commons_id_fk FOREIGN KEY (commons_id) REFERENCES public.commons(id) ON DELETE CASCADE;

--
-- Name: reciprocity_agreements reciprocity_agreements_enterprise_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reciprocity_agreements
    ADD CONSTRAINT reciprocity_agreements_enterprise_id_organizations_id_fk FOREIGN KEY (enterprise_id) REFERENCES public.organizations(id) ON DELETE CASCADE;

--
-- Name: reciprocity_agreements reciprocity_agreements_proposed_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reciprocity_agreements
    ADD CONSTRAINT reciprocity_agreements_proposed_by_people_id_fk FOREIGN KEY (proposed_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: reciprocity_agreements reciprocity_agreements_responded_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reciprocity_agreements
    ADD CONSTRAINT reciprocity_agreements_responded_by_people_id_fk FOREIGN KEY (responded_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: reciprocity_invoices reciprocity_invoices_agreement_id_reciprocity_agreements_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reciprocity_invoices
    ADD CONSTRAINT reciprocity_invoices_agreement_id_reciprocity_agreements_id_fk FOREIGN KEY (agreement_id) REFERENCES public.reciprocity_agreements(id) ON DELETE CASCADE;

--
-- Name: reciprocity_invoices reciprocity_invoices_paid_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reciprocity_invoices
    ADD CONSTRAINT reciprocity_invoices_paid_by_people_id_fk FOREIGN KEY (paid_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: reciprocity_invoices reciprocity_invoices_paid_transaction_id_transactions_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reciprocity_invoices
    ADD CONSTRAINT reciprocity_invoices_paid_transaction_id_transactions_id_fk FOREIGN KEY (paid_transaction_id) REFERENCES public.transactions(id);

--
-- Name: reciprocity_invoices reciprocity_invoices_raised_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reciprocity_invoices
    ADD CONSTRAINT reciprocity_invoices_raised_by_people_id_fk FOREIGN KEY (raised_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: reciprocity_invoices reciprocity_invoices_raised_transaction_id_transactions_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reciprocity_invoices
    ADD CONSTRAINT reciprocity_invoices_raised_transaction_id_transactions_id_fk FOREIGN KEY (raised_transaction_id) REFERENCES public.transactions(id);

--
-- Name: remote_following remote_following_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.remote_following
    ADD CONSTRAINT remote_following_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: remote_forks remote_forks_commons_id_commons_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.remote_forks
    ADD CONSTRAINT remote_forks_commons_id_commons_id_fk FOREIGN KEY (commons_id) REFERENCES public.commons(id) ON DELETE CASCADE;

--
-- Name: remote_posts remote_posts_local_author_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.remote_posts
    ADD CONSTRAINT remote_posts_local_author_id_people_id_fk FOREIGN KEY (local_author_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: remote_take_ups remote_take_ups_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.remote_take_ups
    ADD CONSTRAINT remote_take_ups_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: resource_categories resource_categories_parent_id_resource_categories_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_categories
    ADD CONSTRAINT resource_categories_parent_id_resource_categories_id_fk FOREIGN KEY (parent_id) REFERENCES public.resource_categories(id) ON DELETE RESTRICT;

--
-- Name: resource_types resource_types_category_id_resource_categories_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_types
    ADD CONSTRAINT resource_types_category_id_resource_categories_id_fk FOREIGN KEY (category_id) REFERENCES public.resource_categories(id) ON DELETE SET NULL;

--
-- Name: resource_types resource_types_library_id_libraries_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_types
    ADD CONSTRAINT resource_types_library_id_libraries_id_fk FOREIGN KEY (library_id) REFERENCES public.libraries(id) ON DELETE CASCADE;

--
-- Name: resource_units resource_units_owner_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_units
    ADD CONSTRAINT resource_units_owner_person_id_people_id_fk FOREIGN KEY (owner_person_id) REFERENCES public.people(id) ON DELETE RESTRICT;

--
-- Name: resource_units resource_units_steward_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_units
    ADD CONSTRAINT resource_units_steward_person_id_people_id_fk FOREIGN KEY (steward_person_id) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: resource_units resource_units_type_id_resource_types_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_units
    ADD CONSTRAINT resource_units_type_id_resource_types_id_fk FOREIGN KEY (type_id) REFERENCES public.resource_types(id) ON DELETE CASCADE;

--
-- Name: revisions revisions_author_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.revisions
    ADD CONSTRAINT revisions_author_id_people_id_fk FOREIGN KEY (author_id) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: revisions revisions_blob_hash_blobs_hash_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.revisions
    ADD CONSTRAINT revisions_blob_hash_blobs_hash_fk FOREIGN KEY (blob_hash) REFERENCES public.blobs(hash);

--
-- Name: revisions revisions_document_id_documents_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.revisions
    ADD CONSTRAINT revisions_document_id_documents_id_fk FOREIGN KEY (document_id) REFERENCES public.documents(id) ON DELETE CASCADE;

--
-- Name: revisions revisions_upstream_revision_id_revisions_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.revisions
    ADD CONSTRAINT revisions_upstream_revision_id_revisions_id_fk FOREIGN KEY (upstream_revision_id) REFERENCES public.revisions(id) ON DELETE SET NULL;

--
-- Name: sessions sessions_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: threads threads_author_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.threads
    ADD CONSTRAINT threads_author_id_people_id_fk FOREIGN KEY (author_id) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: threads threads_commons_id_commons_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.threads
    ADD CONSTRAINT threads_commons_id_commons_id_fk FOREIGN KEY (commons_id) REFERENCES public.commons(id) ON DELETE CASCADE;

--
-- Name: threads threads_organization_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.threads
    ADD CONSTRAINT threads_organization_id_organizations_id_fk FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;

--
-- Name: transactions transactions_book_id_books_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions
    ADD CONSTRAINT transactions_book_id_books_id_fk FOREIGN KEY (book_id) REFERENCES public.books(id) ON DELETE CASCADE;

--
-- Name: transactions transactions_commons_id_commons_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions
    ADD CONSTRAINT transactions_commons_id_commons_id_fk FOREIGN KEY (commons_id) REFERENCES public.commons(id) ON DELETE SET NULL;

--
-- Name: transactions transactions_counterparty_organization_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions
    ADD CONSTRAINT transactions_counterparty_organization_id_organizations_id_fk FOREIGN KEY (counterparty_organization_id) REFERENCES public.organizations(id) ON DELETE SET NULL;

--
-- Name: transactions transactions_counterparty_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions
    ADD CONSTRAINT transactions_counterparty_person_id_people_id_fk FOREIGN KEY (counterparty_person_id) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: transactions transactions_decision_id_proposals_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions
    ADD CONSTRAINT transactions_decision_id_proposals_id_fk FOREIGN KEY (decision_id) REFERENCES public.proposals(id);

--
-- Name: transactions transactions_posted_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions
    ADD CONSTRAINT transactions_posted_by_people_id_fk FOREIGN KEY (posted_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: unit_borrowers unit_borrowers_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unit_borrowers
    ADD CONSTRAINT unit_borrowers_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: unit_borrowers unit_borrowers_unit_id_resource_units_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unit_borrowers
    ADD CONSTRAINT unit_borrowers_unit_id_resource_units_id_fk FOREIGN KEY (unit_id) REFERENCES public.resource_units(id) ON DELETE CASCADE;

--
-- Name: unit_people unit_people_unit_id_resource_units_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unit_people
    ADD CONSTRAINT unit_people_unit_id_resource_units_id_fk FOREIGN KEY (unit_id) REFERENCES public.resource_units(id) ON DELETE CASCADE;

--
-- Name: upstream_offers upstream_offers_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.upstream_offers
    ADD CONSTRAINT upstream_offers_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: upstream_offers upstream_offers_revision_id_revisions_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.upstream_offers
    ADD CONSTRAINT upstream_offers_revision_id_revisions_id_fk FOREIGN KEY (revision_id) REFERENCES public.revisions(id) ON DELETE CASCADE;

--
-- Name: value_equations value_equations_commons_id_commons_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.value_equations
    ADD CONSTRAINT value_equations_commons_id_commons_id_fk FOREIGN KEY (commons_id) REFERENCES public.commons(id) ON DELETE CASCADE;

--
-- Name: value_equations value_equations_enterprise_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.value_equations
    ADD CONSTRAINT value_equations_enterprise_id_organizations_id_fk FOREIGN KEY (enterprise_id) REFERENCES public.organizations(id) ON DELETE CASCADE;

--
-- Name: value_equations value_equations_updated_by_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.value_equations
    ADD CONSTRAINT value_equations_updated_by_people_id_fk FOREIGN KEY (updated_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: vehicle_survey_answers vehicle_survey_answers_library_id_libraries_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vehicle_survey_answers
    ADD CONSTRAINT vehicle_survey_answers_library_id_libraries_id_fk FOREIGN KEY (library_id) REFERENCES public.libraries(id) ON DELETE CASCADE;

--
-- Name: vehicle_survey_answers vehicle_survey_answers_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vehicle_survey_answers
    ADD CONSTRAINT vehicle_survey_answers_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: votes votes_elector_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.votes
    ADD CONSTRAINT votes_elector_fk FOREIGN KEY (proposal_id, person_id) REFERENCES public.proposal_electors(proposal_id, person_id) ON DELETE CASCADE;

--
-- Name: waitlist_entries waitlist_entries_booking_id_bookings_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.waitlist_entries
    ADD CONSTRAINT waitlist_entries_booking_id_bookings_id_fk FOREIGN KEY (booking_id) REFERENCES public.bookings(id) ON DELETE SET NULL;

--
-- Name: waitlist_entries waitlist_entries_offered_unit_id_resource_units_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.waitlist_entries
    ADD CONSTRAINT waitlist_entries_offered_unit_id_resource_units_id_fk FOREIGN KEY (offered_unit_id) REFERENCES public.resource_units(id) ON DELETE SET NULL;

--
-- Name: waitlist_entries waitlist_entries_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.waitlist_entries
    ADD CONSTRAINT waitlist_entries_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: waitlist_entries waitlist_entries_type_id_resource_types_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.waitlist_entries
    ADD CONSTRAINT waitlist_entries_type_id_resource_types_id_fk FOREIGN KEY (type_id) REFERENCES public.resource_types(id) ON DELETE CASCADE;

--
-- PostgreSQL database dump complete
--
