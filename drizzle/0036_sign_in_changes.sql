-- Each server process keeps who a session cookie or an API token stands for (accounts/signed-in-cache.ts).
-- Whatever changes that answer, in any process (a sign-out, a revoked token, a changed name or role, the
-- instance's rule on unverified accounts), tells every process at its commit, on one channel.
CREATE OR REPLACE FUNCTION triarchy_sign_ins_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('triarchy_sign_ins', '');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER people_sign_ins_moved AFTER UPDATE OR DELETE ON people
  FOR EACH STATEMENT EXECUTE FUNCTION triarchy_sign_ins_moved();
--> statement-breakpoint
CREATE TRIGGER sessions_sign_ins_moved AFTER UPDATE OR DELETE ON sessions
  FOR EACH STATEMENT EXECUTE FUNCTION triarchy_sign_ins_moved();
--> statement-breakpoint
-- Not on the hourly note of a token's last use: only on what decides whether it still works.
CREATE TRIGGER api_tokens_sign_ins_moved AFTER UPDATE OF revoked_at, token_hash, person_id OR DELETE ON api_tokens
  FOR EACH STATEMENT EXECUTE FUNCTION triarchy_sign_ins_moved();
--> statement-breakpoint
CREATE TRIGGER instance_sign_ins_moved AFTER UPDATE ON instance
  FOR EACH STATEMENT EXECUTE FUNCTION triarchy_sign_ins_moved();
