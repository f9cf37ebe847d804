import EventNoteIcon from "@mui/icons-material/EventNote";
import { ActivityCreate } from "./ActivityCreate";
import { ActivityEdit } from "./ActivityEdit";
import { ActivityList } from "./ActivityList";
import { ActivityShow } from "./ActivityShow";

export const activities = {
  list: ActivityList,
  create: ActivityCreate,
  edit: ActivityEdit,
  show: ActivityShow,
  icon: EventNoteIcon,
  recordRepresentation: "title",
};
