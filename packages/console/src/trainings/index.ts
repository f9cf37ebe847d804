import SchoolIcon from "@mui/icons-material/School";
import { TrainingCreate } from "./TrainingCreate";
import { TrainingEdit } from "./TrainingEdit";
import { TrainingList } from "./TrainingList";
import { TrainingShow } from "./TrainingShow";

export const trainings = {
  list: TrainingList,
  create: TrainingCreate,
  edit: TrainingEdit,
  show: TrainingShow,
  icon: SchoolIcon,
  recordRepresentation: "title",
};
