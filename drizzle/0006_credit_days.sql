CREATE TABLE "credit_days" (
	"commons_id" uuid NOT NULL,
	"day" date NOT NULL,
	"funding" "funding" NOT NULL,
	"paid_by_id" uuid,
	"work" boolean NOT NULL,
	"contributions" integer NOT NULL,
	"size" bigint NOT NULL,
	CONSTRAINT "credit_days_key" UNIQUE NULLS NOT DISTINCT("commons_id","day","funding","paid_by_id","work"),
	CONSTRAINT "credit_days_counts" CHECK ("credit_days"."contributions" > 0 and "credit_days"."size" >= 0)
);
--> statement-breakpoint
ALTER TABLE "credit_days" ADD CONSTRAINT "credit_days_commons_id_commons_id_fk" FOREIGN KEY ("commons_id") REFERENCES "public"."commons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_days" ADD CONSTRAINT "credit_days_paid_by_id_organizations_id_fk" FOREIGN KEY ("paid_by_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;