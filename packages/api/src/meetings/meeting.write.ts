import { meetingAttendees, opinions } from "@daibiao/db";
import { datesInOrder } from "../deputies/deputy.write.js";
import type { FieldError } from "../grammar/errors.js";
import { rowFromInput } from "../grammar/inputs.js";
import type { WriteConfig } from "../grammar/mutate.js";
import { meetingSpec } from "./meeting.table.js";
import { nestedOpinions } from "../opinions/opinion.write.js";
import { meetingAttendeeFields, meetingFields, meetingOpinionFields } from "./meeting.input.js";

// meetings_dates_order and meetings_forum_within.
function meetingCheck(m: Record<string, unknown>): FieldError[] {
  const errors = datesInOrder(m.startDate, m.endDate, "input");
  const forum = m.forumDate == null ? undefined : String(m.forumDate);
  if (forum !== undefined && (forum < String(m.startDate) || (m.endDate != null && forum > String(m.endDate)))) {
    errors.push({ field: "input.forumDate", message: "must be within the meeting's dates" });
  }
  return errors;
}

export const meetingWrite: WriteConfig = {
  spec: meetingSpec,
  toRow: (_ctx, input) => rowFromInput(meetingFields, input),
  check: meetingCheck,
  children: [
    {
      key: "attendees",
      table: meetingAttendees,
      via: meetingAttendees.meetingId,
      matchBy: "deputyId",
      toRow: (_ctx, item, path) => rowFromInput(meetingAttendeeFields, item, path),
    },
    nestedOpinions(opinions.meetingId, meetingOpinionFields, (meeting) => meeting.forumDate ?? meeting.startDate),
  ],
};
