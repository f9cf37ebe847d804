import GroupsIcon from "@mui/icons-material/Groups";
import { DeputyGroupCreate } from "./DeputyGroupCreate";
import { DeputyGroupEdit } from "./DeputyGroupEdit";
import { DeputyGroupList } from "./DeputyGroupList";
import { DeputyGroupShow } from "./DeputyGroupShow";

export const deputyGroups = {
  list: DeputyGroupList,
  create: DeputyGroupCreate,
  edit: DeputyGroupEdit,
  show: DeputyGroupShow,
  icon: GroupsIcon,
  recordRepresentation: "name",
};
