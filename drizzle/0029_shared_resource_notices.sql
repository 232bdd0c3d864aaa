ALTER TYPE "public"."notification_kind" ADD VALUE 'booking_update';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'waitlist_offer';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'loan_due';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'loan_overdue';--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "audience" uuid[] DEFAULT '{}'::uuid[] NOT NULL;