DROP INDEX "threads_subject_idx";--> statement-breakpoint
DROP INDEX "threads_commons_idx";--> statement-breakpoint
CREATE INDEX "threads_subject_idx" ON "threads" USING btree ("subject_type","subject_id","last_comment_at","id");--> statement-breakpoint
CREATE INDEX "threads_commons_idx" ON "threads" USING btree ("commons_id","last_comment_at","id");