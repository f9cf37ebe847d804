CREATE TABLE "review_activity_totals" (
	"activity_id" integer PRIMARY KEY NOT NULL,
	"date" date NOT NULL,
	"area" "activity_area" NOT NULL,
	"participants" integer DEFAULT 0 NOT NULL,
	"city_participants" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "review_activity_totals_counts" CHECK ("review_activity_totals"."participants" >= 0 and "review_activity_totals"."city_participants" between 0 and "review_activity_totals"."participants")
);
--> statement-breakpoint
CREATE TABLE "review_trained_deputies" (
	"year" integer NOT NULL,
	"deputy_id" integer NOT NULL,
	"classes" integer NOT NULL,
	CONSTRAINT "review_trained_deputies_year_deputy_id_pk" PRIMARY KEY("year","deputy_id")
);
--> statement-breakpoint
ALTER TABLE "review_activity_totals" ADD CONSTRAINT "review_activity_totals_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_activity_totals_date_idx" ON "review_activity_totals" USING btree ("date","area","participants","city_participants");--> statement-breakpoint
CREATE INDEX "proposals_session_review_idx" ON "proposals" USING btree ("submitted_at","status","special_fund","people_benefited","congress_term","session_number") WHERE "proposals"."session_number" is not null;--> statement-breakpoint
CREATE INDEX "stations_review_idx" ON "stations" USING btree ("kind","active","opened_on","is_model","model_year","is_industry");