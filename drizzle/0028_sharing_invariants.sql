-- Shared resources: what the database itself guarantees, whatever the application code does.

-- No two bookings that hold a unit overlap. Periods are half-open, so one booking may end exactly
-- when the next begins; the blocked period includes the buffers the rules asked for at booking time.
ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (
  unit_id WITH =,
  tstzrange(blocked_from, blocked_until, '[)') WITH &&
) WHERE (status IN ('requested', 'confirmed', 'active'));
--> statement-breakpoint

-- A booking's type and library are its unit's (copied, so lists need no join, and never wrong); a new
-- booking, or one moved to a new period, needs a unit in service. The unit's row is key-share locked,
-- so a unit taken out of service meanwhile either waits for this booking or is seen by it.
CREATE FUNCTION bookings_fill() RETURNS trigger LANGUAGE plpgsql AS $$
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
--> statement-breakpoint
CREATE TRIGGER bookings_fill BEFORE INSERT OR UPDATE OF unit_id, blocked_from, blocked_until ON bookings
  FOR EACH ROW EXECUTE FUNCTION bookings_fill();
--> statement-breakpoint

-- A booking's status moves forward only: history (returned, cancelled, declined, no-show) is final.
CREATE FUNCTION bookings_status_guard() RETURNS trigger LANGUAGE plpgsql AS $$
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
--> statement-breakpoint
CREATE TRIGGER bookings_status_guard BEFORE UPDATE OF status ON bookings
  FOR EACH ROW EXECUTE FUNCTION bookings_status_guard();
--> statement-breakpoint

-- A unit out of service or retired is not handed out.
CREATE FUNCTION loans_unit_in_service() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s unit_status;
BEGIN
  SELECT status INTO s FROM resource_units WHERE id = NEW.unit_id FOR SHARE;
  IF s IN ('out_of_service', 'retired', 'maintenance') AND NOT triarchy_restoring() THEN
    RAISE EXCEPTION 'unit % is %', NEW.unit_id, s USING ERRCODE = '23514', CONSTRAINT = 'loans_unit_in_service';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER loans_unit_in_service BEFORE INSERT ON loans FOR EACH ROW EXECUTE FUNCTION loans_unit_in_service();
