import FlagIcon from "@mui/icons-material/Flag";
import { MeasureCreate } from "./MeasureCreate";
import { MeasureEdit } from "./MeasureEdit";
import { MeasureList } from "./MeasureList";
import { MeasureShow } from "./MeasureShow";

export const measures = {
  list: MeasureList,
  create: MeasureCreate,
  edit: MeasureEdit,
  show: MeasureShow,
  icon: FlagIcon,
  recordRepresentation: "title",
};
