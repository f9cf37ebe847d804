import { TrainingAttendanceList } from "./TrainingAttendanceList";

export const trainingAttendances = { list: TrainingAttendanceList };
