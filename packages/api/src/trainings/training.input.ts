import { attendanceStatus, trainingForm } from "@daibiao/db";
import { GraphQLBoolean } from "graphql";
import { Float, ID } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";
import { inputClass, inputsOf, type InputField } from "../grammar/inputs.js";
import { DateScalar } from "../grammar/scalars.js";

export const trainingAttendanceFields: Record<string, InputField> = {
  deputyId: { type: () => ID, required: true },
  status: { type: () => gqlEnum(attendanceStatus), description: "ENROLLED when left out", defaulted: true },
  hours: { type: () => Float, min: 0, maxValue: 10000 },
};
export const TrainingAttendanceInput = inputClass("TrainingAttendanceInput", trainingAttendanceFields);

export const trainingFields: Record<string, InputField> = {
  title: { type: () => String, required: true, max: 200 },
  form: { type: () => gqlEnum(trainingForm), required: true },
  organiser: { type: () => String, max: 200 },
  venue: { type: () => String, max: 200 },
  startDate: { type: () => DateScalar, required: true },
  endDate: { type: () => DateScalar, required: true },
  hours: { type: () => Float, min: 0, maxValue: 10000 },
  online: { type: () => GraphQLBoolean, defaulted: true },
  description: { type: () => String, max: 5000 },
  attendances: {
    type: () => [TrainingAttendanceInput],
    nested: TrainingAttendanceInput,
    max: 5000,
    description: "replaces the attendees; matched by deputy",
  },
};
export const { Create: CreateTrainingInput, Update: UpdateTrainingInput } = inputsOf("Training", trainingFields);
