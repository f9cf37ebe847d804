import { meetingAttendees, opinions } from "@daibiao/db";
import { Resolver } from "type-graphql";
import { deputySpec } from "../deputies/deputy.table.js";
import { Deputy } from "../deputies/deputy.type.js";
import { resourceResolver } from "../grammar/crud.js";
import { relationsResolver } from "../grammar/relations.js";
import { opinionSpec } from "../opinions/opinion.table.js";
import { Opinion } from "../opinions/opinion.type.js";
import { meetingAttendeeSpec, meetingSpec } from "./meeting.table.js";
import { CreateMeetingInput, UpdateMeetingInput } from "./meeting.input.js";
import { meetingWrite } from "./meeting.write.js";
import { Meeting, MeetingAttendee } from "./meeting.type.js";

@Resolver(() => Meeting)
export class MeetingResolver extends resourceResolver({
  spec: meetingSpec,
  node: Meeting,
  singular: "meeting",
  plural: "meetings",
  write: meetingWrite,
  inputs: { Create: CreateMeetingInput, Update: UpdateMeetingInput },
}) {}

export const MeetingRelations = relationsResolver(Meeting, {
  hasMany: {
    attendees: { type: () => MeetingAttendee, spec: () => meetingAttendeeSpec, via: () => meetingAttendees.meetingId },
    opinions: { type: () => Opinion, spec: () => opinionSpec, via: () => opinions.meetingId, description: "the opinions the attending deputies gave" },
  },
});

export const MeetingAttendeeRelations = relationsResolver(MeetingAttendee, {
  belongsTo: {
    meeting: { type: () => Meeting, spec: () => meetingSpec, key: "meetingId" },
    deputy: { type: () => Deputy, spec: () => deputySpec, key: "deputyId" },
  },
});

// deputy.meetings, declared here so that the deputy's own resolver stays as it is.
export const MeetingsOfDeputy = relationsResolver(Deputy, {
  hasMany: {
    meetings: {
      type: () => MeetingAttendee,
      spec: () => meetingAttendeeSpec,
      via: () => meetingAttendees.deputyId,
      description: "the Standing Committee meetings the deputy attended (列席)",
    },
  },
});
