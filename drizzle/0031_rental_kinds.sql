ALTER TYPE "public"."transaction_kind" ADD VALUE 'rental';--> statement-breakpoint
ALTER TYPE "public"."transaction_kind" ADD VALUE 'deposit';