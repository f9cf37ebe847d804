import MapIcon from "@mui/icons-material/Map";
import { DistrictCreate } from "./DistrictCreate";
import { DistrictEdit } from "./DistrictEdit";
import { DistrictList } from "./DistrictList";
import { DistrictShow } from "./DistrictShow";

export const districts = {
  list: DistrictList,
  create: DistrictCreate,
  edit: DistrictEdit,
  show: DistrictShow,
  icon: MapIcon,
  recordRepresentation: "name",
};
