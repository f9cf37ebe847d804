import { GraphQLBoolean } from "graphql";
import { ID } from "type-graphql";
import { inputClass, inputsOf, type InputField } from "../grammar/inputs.js";
import { DateScalar } from "../grammar/scalars.js";

export const meetingAttendeeFields: Record<string, InputField> = {
  deputyId: { type: () => ID, required: true },
  atForum: { type: () => GraphQLBoolean, description: "false when left out", defaulted: true },
};
export const MeetingAttendeeInput = inputClass("MeetingAttendeeInput", meetingAttendeeFields);

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
};
export const { Create: CreateMeetingInput, Update: UpdateMeetingInput } = inputsOf("Meeting", meetingFields);
