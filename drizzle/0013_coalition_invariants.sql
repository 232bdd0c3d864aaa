-- Declared uses and reciprocity agreements are an enterprise's; agreements are with the
-- association that stewards the commons (when the agreement is made).
CREATE FUNCTION commons_uses_enterprise_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM organizations WHERE id = NEW.enterprise_id AND kind = 'enterprise') THEN
    RAISE EXCEPTION 'only enterprises declare uses' USING ERRCODE = '23514', CONSTRAINT = 'commons_uses_enterprise_only';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER commons_uses_enterprise_only BEFORE INSERT OR UPDATE OF enterprise_id ON commons_uses
  FOR EACH ROW EXECUTE FUNCTION commons_uses_enterprise_only();
--> statement-breakpoint
CREATE FUNCTION reciprocity_agreements_parties() RETURNS trigger LANGUAGE plpgsql AS $$
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
--> statement-breakpoint
CREATE TRIGGER reciprocity_agreements_parties BEFORE INSERT OR UPDATE OF enterprise_id, association_id, commons_id ON reciprocity_agreements
  FOR EACH ROW EXECUTE FUNCTION reciprocity_agreements_parties();
--> statement-breakpoint
-- One live agreement (offered or in force) at a time per commons and enterprise.
ALTER TABLE reciprocity_agreements ADD CONSTRAINT reciprocity_agreements_no_overlap EXCLUDE USING gist (
  commons_id WITH =, enterprise_id WITH =, daterange(starts_on, ends_on, '[]') WITH &&
) WHERE (status IN ('proposed', 'active'));
--> statement-breakpoint
-- An agreement's money terms are fixed once it is in force (invoices were computed from them); it
-- may only end. A declined or ended agreement never changes again.
CREATE FUNCTION reciprocity_agreements_guard() RETURNS trigger LANGUAGE plpgsql AS $$
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
--> statement-breakpoint
CREATE TRIGGER reciprocity_agreements_guard BEFORE UPDATE ON reciprocity_agreements
  FOR EACH ROW EXECUTE FUNCTION reciprocity_agreements_guard();
--> statement-breakpoint
-- Invoices are raised only on agreements in force, and a paid or void invoice never changes.
CREATE FUNCTION reciprocity_invoices_guard() RETURNS trigger LANGUAGE plpgsql AS $$
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
--> statement-breakpoint
CREATE TRIGGER reciprocity_invoices_guard BEFORE INSERT OR UPDATE ON reciprocity_invoices
  FOR EACH ROW EXECUTE FUNCTION reciprocity_invoices_guard();
--> statement-breakpoint
-- A value equation's fixed shares never pass 100%.
CREATE FUNCTION value_buckets_total(buckets jsonb) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(sum((b ->> 'shareBp')::bigint), 0) FROM jsonb_array_elements(buckets) b
$$;
--> statement-breakpoint
ALTER TABLE value_equations ADD CONSTRAINT value_equations_buckets CHECK (
  jsonb_typeof(buckets) = 'array' AND jsonb_typeof(weights) = 'array' AND value_buckets_total(buckets) <= 10000
);
--> statement-breakpoint
-- A distribution's statement sums to its amount exactly (checked at commit, once every share is in),
-- and neither a distribution nor its shares are ever rewritten.
CREATE FUNCTION distributions_exact() RETURNS trigger LANGUAGE plpgsql AS $$
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
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER distributions_exact AFTER INSERT ON distributions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION distributions_exact();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER distribution_shares_exact AFTER INSERT ON distribution_shares
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION distributions_exact();
--> statement-breakpoint
CREATE FUNCTION coalition_history_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() > 1 THEN RETURN OLD; END IF;
  RAISE EXCEPTION '% rows are history and are never rewritten', TG_TABLE_NAME USING ERRCODE = '23514', CONSTRAINT = TG_TABLE_NAME || '_immutable';
END $$;
--> statement-breakpoint
CREATE TRIGGER distributions_immutable BEFORE UPDATE OR DELETE ON distributions
  FOR EACH ROW EXECUTE FUNCTION coalition_history_immutable();
--> statement-breakpoint
CREATE TRIGGER distribution_shares_immutable BEFORE UPDATE OR DELETE ON distribution_shares
  FOR EACH ROW EXECUTE FUNCTION coalition_history_immutable();
--> statement-breakpoint
-- A phyle's beneficiaries split its commitment 100% (checked at commit, after the charter's rows change).
CREATE FUNCTION phyle_beneficiaries_whole() RETURNS trigger LANGUAGE plpgsql AS $$
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
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER phyle_beneficiaries_whole AFTER INSERT OR UPDATE OR DELETE ON phyle_beneficiaries
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION phyle_beneficiaries_whole();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER phyle_charters_whole AFTER INSERT OR UPDATE ON phyle_charters
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION phyle_beneficiaries_whole();
--> statement-breakpoint
-- A recorded period and its commitments are history: never rewritten; the commitments sum to the period's amount.
CREATE FUNCTION phyle_commitments_exact() RETURNS trigger LANGUAGE plpgsql AS $$
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
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER phyle_periods_exact AFTER INSERT ON phyle_periods
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION phyle_commitments_exact();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER phyle_commitments_exact AFTER INSERT ON phyle_commitments
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION phyle_commitments_exact();
--> statement-breakpoint
CREATE TRIGGER phyle_periods_immutable BEFORE UPDATE OR DELETE ON phyle_periods
  FOR EACH ROW EXECUTE FUNCTION coalition_history_immutable();
--> statement-breakpoint
CREATE TRIGGER phyle_commitments_immutable BEFORE UPDATE OR DELETE ON phyle_commitments
  FOR EACH ROW EXECUTE FUNCTION coalition_history_immutable();
