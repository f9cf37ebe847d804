import EventSeatIcon from "@mui/icons-material/EventSeat";
import { MeetingCreate } from "./MeetingCreate";
import { MeetingEdit } from "./MeetingEdit";
import { MeetingList } from "./MeetingList";
import { MeetingShow } from "./MeetingShow";

export const meetings = {
  list: MeetingList,
  create: MeetingCreate,
  edit: MeetingEdit,
  show: MeetingShow,
  icon: EventSeatIcon,
  recordRepresentation: "title",
};
