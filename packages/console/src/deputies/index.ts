import PeopleIcon from "@mui/icons-material/People";
import { DeputyCreate } from "./DeputyCreate";
import { DeputyEdit } from "./DeputyEdit";
import { DeputyList } from "./DeputyList";
import { DeputyShow } from "./DeputyShow";

export const deputies = {
  list: DeputyList,
  create: DeputyCreate,
  edit: DeputyEdit,
  show: DeputyShow,
  icon: PeopleIcon,
  recordRepresentation: "name",
};
