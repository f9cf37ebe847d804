CREATE TYPE "public"."communication" AS ENUM('face_to_face', 'phone', 'in_writing');--> statement-breakpoint
CREATE TYPE "public"."proposal_event_kind" AS ENUM('submit', 'accept', 'reject', 'merge', 'withdraw', 'assign', 'return', 'extend', 'start_handling', 'opinion', 'answer', 'evaluate', 'close');--> statement-breakpoint
ALTER TYPE "public"."proposal_status" ADD VALUE 'accepted' BEFORE 'assigned';--> statement-breakpoint
ALTER TYPE "public"."proposal_status" ADD VALUE 'not_accepted' BEFORE 'assigned';--> statement-breakpoint
ALTER TYPE "public"."proposal_status" ADD VALUE 'merged' BEFORE 'assigned';--> statement-breakpoint
ALTER TYPE "public"."proposal_status" ADD VALUE 'rehandling' BEFORE 'evaluated';--> statement-breakpoint
CREATE TABLE "settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"answer_due_months" integer DEFAULT 3 NOT NULL,
	"extension_max_months" integer DEFAULT 6 NOT NULL,
	"return_window_days" integer DEFAULT 7 NOT NULL,
	"rehandling_due_months" integer DEFAULT 1 NOT NULL,
	"evaluation_window_days" integer DEFAULT 30 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "settings_id_single_row" CHECK ("settings"."id" = 1),
	CONSTRAINT "settings_answer_due_months_range" CHECK ("settings"."answer_due_months" between 1 and 12),
	CONSTRAINT "settings_extension_max_months_range" CHECK ("settings"."extension_max_months" between "settings"."answer_due_months" and 24),
	CONSTRAINT "settings_return_window_days_range" CHECK ("settings"."return_window_days" between 1 and 90),
	CONSTRAINT "settings_rehandling_due_months_range" CHECK ("settings"."rehandling_due_months" between 1 and 12),
	CONSTRAINT "settings_evaluation_window_days_range" CHECK ("settings"."evaluation_window_days" between 1 and 365)
);
--> statement-breakpoint
ALTER TABLE "proposal_assignments" DROP CONSTRAINT "proposal_assignments_proposal_unit_key";--> statement-breakpoint
ALTER TABLE "proposal_assignments" ADD COLUMN "document_number" text;--> statement-breakpoint
ALTER TABLE "proposal_assignments" ADD COLUMN "communication" "communication";--> statement-breakpoint
ALTER TABLE "proposal_assignments" ADD COLUMN "opinion" text;--> statement-breakpoint
ALTER TABLE "proposal_assignments" ADD COLUMN "opinion_at" date;--> statement-breakpoint
ALTER TABLE "proposal_assignments" ADD COLUMN "returned_at" date;--> statement-breakpoint
ALTER TABLE "proposal_assignments" ADD COLUMN "return_reason" text;--> statement-breakpoint
ALTER TABLE "proposal_assignments" ADD COLUMN "extended" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "proposal_assignments" ADD COLUMN "original_due_at" date;--> statement-breakpoint
ALTER TABLE "proposal_assignments" ADD COLUMN "extension_reason" text;--> statement-breakpoint
ALTER TABLE "proposal_assignments" ADD COLUMN "extension_approved_by" text;--> statement-breakpoint
ALTER TABLE "proposal_events" ADD COLUMN "kind" "proposal_event_kind";--> statement-breakpoint
UPDATE "proposal_events" SET "kind" = (CASE "to_status"::text WHEN 'submitted' THEN 'submit' WHEN 'assigned' THEN 'assign' WHEN 'handling' THEN 'start_handling' WHEN 'answered' THEN 'answer' WHEN 'evaluated' THEN 'evaluate' WHEN 'closed' THEN 'close' ELSE 'withdraw' END)::"proposal_event_kind";--> statement-breakpoint
ALTER TABLE "proposal_events" ALTER COLUMN "kind" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "proposal_events" ADD COLUMN "round" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "proposal_events" ADD COLUMN "actor" text;--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "merged_into_id" integer;--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "round" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_merged_into_id_proposals_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."proposals"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "proposal_assignments_proposal_unit_key" ON "proposal_assignments" USING btree ("proposal_id","unit_id") WHERE "proposal_assignments"."returned_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "proposal_assignments_one_lead_key" ON "proposal_assignments" USING btree ("proposal_id") WHERE "proposal_assignments"."role" = 'lead' and "proposal_assignments"."returned_at" is null;--> statement-breakpoint
CREATE INDEX "proposal_assignments_open_due_idx" ON "proposal_assignments" USING btree ("due_at","proposal_id") WHERE "proposal_assignments"."returned_at" is null and "proposal_assignments"."answered_at" is null;--> statement-breakpoint
CREATE INDEX "proposal_events_kind_idx" ON "proposal_events" USING btree ("kind","at");--> statement-breakpoint
CREATE INDEX "proposals_merged_into_id_idx" ON "proposals" USING btree ("merged_into_id");--> statement-breakpoint
ALTER TABLE "proposal_assignments" ADD CONSTRAINT "proposal_assignments_document_number_length" CHECK (char_length("proposal_assignments"."document_number") between 1 and 100);--> statement-breakpoint
ALTER TABLE "proposal_assignments" ADD CONSTRAINT "proposal_assignments_document_number_answered" CHECK ("proposal_assignments"."document_number" is null or "proposal_assignments"."answered_at" is not null);--> statement-breakpoint
ALTER TABLE "proposal_assignments" ADD CONSTRAINT "proposal_assignments_communication_answered" CHECK ("proposal_assignments"."communication" is null or "proposal_assignments"."answered_at" is not null);--> statement-breakpoint
ALTER TABLE "proposal_assignments" ADD CONSTRAINT "proposal_assignments_document_number_lead" CHECK ("proposal_assignments"."document_number" is null or "proposal_assignments"."role" = 'lead');--> statement-breakpoint
ALTER TABLE "proposal_assignments" ADD CONSTRAINT "proposal_assignments_opinion_assisting" CHECK ("proposal_assignments"."opinion" is null or "proposal_assignments"."role" = 'assisting');--> statement-breakpoint
ALTER TABLE "proposal_assignments" ADD CONSTRAINT "proposal_assignments_opinion_given" CHECK (("proposal_assignments"."opinion" is null) = ("proposal_assignments"."opinion_at" is null));--> statement-breakpoint
ALTER TABLE "proposal_assignments" ADD CONSTRAINT "proposal_assignments_opinion_at_order" CHECK ("proposal_assignments"."opinion_at" is null or "proposal_assignments"."opinion_at" >= "proposal_assignments"."assigned_at");--> statement-breakpoint
ALTER TABLE "proposal_assignments" ADD CONSTRAINT "proposal_assignments_return_reason_given" CHECK (("proposal_assignments"."returned_at" is null) = ("proposal_assignments"."return_reason" is null));--> statement-breakpoint
ALTER TABLE "proposal_assignments" ADD CONSTRAINT "proposal_assignments_returned_at_order" CHECK ("proposal_assignments"."returned_at" is null or "proposal_assignments"."returned_at" >= "proposal_assignments"."assigned_at");--> statement-breakpoint
ALTER TABLE "proposal_assignments" ADD CONSTRAINT "proposal_assignments_extended_details" CHECK ("proposal_assignments"."extended" = ("proposal_assignments"."original_due_at" is not null) and "proposal_assignments"."extended" = ("proposal_assignments"."extension_reason" is not null) and "proposal_assignments"."extended" = ("proposal_assignments"."extension_approved_by" is not null));--> statement-breakpoint
ALTER TABLE "proposal_events" ADD CONSTRAINT "proposal_events_round_range" CHECK ("proposal_events"."round" between 1 and 9);--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_round_range" CHECK ("proposals"."round" between 1 and 9);--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_merged_into_id_only_merged" CHECK (("proposals"."status"::text = 'merged') = ("proposals"."merged_into_id" is not null));--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_merged_into_id_not_self" CHECK ("proposals"."merged_into_id" <> "proposals"."id");