-- A commons is stewarded by a community; the association that holds its money is an association.
CREATE FUNCTION commons_organization_kinds() RETURNS trigger LANGUAGE plpgsql AS $$
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
--> statement-breakpoint
CREATE TRIGGER commons_organization_kinds BEFORE INSERT OR UPDATE OF community_id, steward_association_id ON commons
  FOR EACH ROW EXECUTE FUNCTION commons_organization_kinds();
--> statement-breakpoint
-- A document's history is a gapless sequence 1, 2, 3…: each new revision must be the one after
-- the head, and moves the head. The update locks the document row, so two accepts on the same
-- document queue one after the other instead of overwriting each other. A restore brings back
-- documents with their head already set, then their revisions: numbers up to the head are let
-- through, and the unique (document, number) key still refuses any duplicate.
CREATE FUNCTION revisions_sequence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE documents SET head = NEW.number, updated_at = now()
    WHERE id = NEW.document_id AND head = NEW.number - 1;
  IF NOT FOUND AND NOT EXISTS (SELECT 1 FROM documents WHERE id = NEW.document_id AND head >= NEW.number) THEN
    RAISE EXCEPTION 'revision % is not the next revision of its document', NEW.number
      USING ERRCODE = '23505', CONSTRAINT = 'revisions_sequence';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER revisions_sequence BEFORE INSERT ON revisions
  FOR EACH ROW EXECUTE FUNCTION revisions_sequence();
--> statement-breakpoint
-- History is never rewritten; only links to deleted people or revisions may be cleared.
CREATE FUNCTION revisions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'revisions are immutable' USING ERRCODE = '42501';
END $$;
--> statement-breakpoint
CREATE TRIGGER revisions_immutable BEFORE UPDATE OF document_id, number, blob_hash, message, lines_added, lines_removed, created_at ON revisions
  FOR EACH ROW EXECUTE FUNCTION revisions_immutable();
--> statement-breakpoint
CREATE TRIGGER blobs_immutable BEFORE UPDATE ON blobs
  FOR EACH ROW EXECUTE FUNCTION revisions_immutable();
--> statement-breakpoint
-- A review is final: an accepted, rejected or withdrawn contribution keeps its status.
CREATE FUNCTION contributions_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status IN ('accepted', 'rejected', 'withdrawn') AND NEW.status <> OLD.status THEN
    RAISE EXCEPTION 'a % contribution cannot become %', OLD.status, NEW.status
      USING ERRCODE = '23514', CONSTRAINT = 'contributions_final';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER contributions_final BEFORE UPDATE OF status ON contributions
  FOR EACH ROW EXECUTE FUNCTION contributions_final();
--> statement-breakpoint
-- "Who writes this commons" aggregates accepted contributions straight from this index.
CREATE INDEX "contributions_credit_idx" ON "contributions" ("commons_id", "performed_on")
  INCLUDE ("funding", "paid_by_id", "type", "kind", "size") WHERE status = 'accepted';
