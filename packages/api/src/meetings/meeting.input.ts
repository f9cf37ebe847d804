import { GraphQLBoolean } from "graphql";
import { ID } from "type-graphql";
import { inputClass, inputsOf, type InputField } from "../grammar/inputs.js";
import { DateScalar } from "../grammar/scalars.js";
import { nestedOpinionInput } from "../opinions/opinion.input.js";

export const meetingAttendeeFields: Record<string, InputField> = {
  deputyId: { type: () => ID, required: true },
  atForum: { type: () => GraphQLBoolean, description: "false when left out", defaulted: true },
};
export const MeetingAttendeeInput = inputClass("MeetingAttendeeInput", meetingAttendeeFields);

// An opinion an attending deputy gave (at the forum or otherwise), with the same course as any opinion.
export const { fields: meetingOpinionFields, Input: MeetingOpinionInput } = nestedOpinionInput("MeetingOpinionInput", "meeting", "the forum's date, else the meeting's start");

export const meetingFields: Record<string, InputField> = {
  title: { type: () => String, required: true, max: 200 },
  startDate: { type: () => DateScalar, required: true },
  endDate: { type: () => DateScalar },
  forumDate: { type: () => DateScalar, description: "within the meeting's dates" },
  notes: { type: () => String, max: 5000 },
  attendees: {
    type: () => [MeetingAttendeeInput],
    nested: MeetingAttendeeInput,
    max: 1000,
    description: "replaces the attending deputies; matched by deputy",
  },
  opinions: {
    type: () => [MeetingOpinionInput],
    nested: MeetingOpinionInput,
    max: 1000,
    description: "replaces the opinions the attending deputies gave (items with an id are kept and updated, the others added, those left out removed)",
  },
};
export const { Create: CreateMeetingInput, Update: UpdateMeetingInput } = inputsOf("Meeting", meetingFields);
