import HomeWorkIcon from "@mui/icons-material/HomeWork";
import { StationCreate } from "./StationCreate";
import { StationEdit } from "./StationEdit";
import { StationList } from "./StationList";
import { StationShow } from "./StationShow";

export const stations = {
  list: StationList,
  create: StationCreate,
  edit: StationEdit,
  show: StationShow,
  icon: HomeWorkIcon,
  recordRepresentation: "name",
};
