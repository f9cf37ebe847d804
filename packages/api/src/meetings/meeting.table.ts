import { meetingAttendees, meetings } from "@daibiao/db";
import { deputySpec } from "../deputies/deputy.table.js";
import { columnsOf, fieldsOf, type TableSpec } from "../grammar/resource.js";

export const meetingSpec: TableSpec = {
  name: "Meeting",
  table: meetings,
  id: meetings.id,
  stored: ["id", "title", "startDate", "endDate", "forumDate", "notes", "createdAt", "updatedAt", "version"],
  filters: {
    ...fieldsOf(meetings, ["id", "title", "startDate", "endDate", "forumDate"]),
    attendee: { exists: () => meetingAttendeeSpec, via: meetingAttendees.meetingId },
  },
  orderBy: columnsOf(meetings, ["id", "title", "startDate", "forumDate"]),
  search: [meetings.title],
  defaultOrder: ["startDate:desc"],
};

export const meetingAttendeeSpec: TableSpec = {
  name: "MeetingAttendee",
  table: meetingAttendees,
  id: meetingAttendees.id,
  stored: ["id", "meetingId", "deputyId", "atForum", "createdAt"],
  filters: {
    ...fieldsOf(meetingAttendees, ["id", "meetingId", "deputyId", "atForum"]),
    meeting: { parent: () => meetingSpec, key: meetingAttendees.meetingId },
    deputy: { parent: () => deputySpec, key: meetingAttendees.deputyId },
  },
  orderBy: columnsOf(meetingAttendees, ["id", "atForum"]),
};
