CREATE INDEX "activities_suggestions_count_idx" ON "activities" USING btree ("suggestions_count","id");--> statement-breakpoint
CREATE INDEX "activity_participations_role_idx" ON "activity_participations" USING btree ("role","id");--> statement-breakpoint
CREATE INDEX "deputies_updated_at_idx" ON "deputies" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "deputies_work_unit_idx" ON "deputies" USING btree ("work_unit");--> statement-breakpoint
CREATE INDEX "deputy_mandates_congress_term_idx" ON "deputy_mandates" USING btree ("congress_term","id");--> statement-breakpoint
CREATE INDEX "deputy_mandates_end_date_idx" ON "deputy_mandates" USING btree ("end_date","id");--> statement-breakpoint
CREATE INDEX "proposal_assignments_proposal_id_idx" ON "proposal_assignments" USING btree ("proposal_id");--> statement-breakpoint
CREATE INDEX "proposal_assignments_role_idx" ON "proposal_assignments" USING btree ("role","id");--> statement-breakpoint
CREATE INDEX "proposal_assignments_assigned_at_idx" ON "proposal_assignments" USING btree ("assigned_at","id");--> statement-breakpoint
CREATE INDEX "proposal_assignments_answered_at_idx" ON "proposal_assignments" USING btree ("answered_at","id");--> statement-breakpoint
CREATE INDEX "proposal_assignments_extended_idx" ON "proposal_assignments" USING btree ("extended");--> statement-breakpoint
CREATE INDEX "proposal_events_at_idx" ON "proposal_events" USING btree ("at","id");--> statement-breakpoint
CREATE INDEX "proposal_events_round_idx" ON "proposal_events" USING btree ("round");--> statement-breakpoint
CREATE INDEX "proposals_round_idx" ON "proposals" USING btree ("round","id");--> statement-breakpoint
CREATE INDEX "proposals_round_desc_idx" ON "proposals" USING btree ("round" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "proposals_people_benefited_idx" ON "proposals" USING btree ("people_benefited","id");--> statement-breakpoint
CREATE INDEX "proposals_fund_amount_idx" ON "proposals" USING btree ("fund_amount","id");--> statement-breakpoint
CREATE INDEX "station_deputies_station_id_idx" ON "station_deputies" USING btree ("station_id");--> statement-breakpoint
CREATE INDEX "station_deputies_from_date_idx" ON "station_deputies" USING btree ("from_date","id");--> statement-breakpoint
CREATE INDEX "station_deputies_role_idx" ON "station_deputies" USING btree ("role","id");--> statement-breakpoint
CREATE INDEX "stations_model_year_idx" ON "stations" USING btree ("model_year","id");--> statement-breakpoint
CREATE INDEX "training_attendances_hours_idx" ON "training_attendances" USING btree ("hours","id");