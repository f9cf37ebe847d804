import RecordVoiceOverIcon from "@mui/icons-material/RecordVoiceOver";
import { ReceptionCreate } from "./ReceptionCreate";
import { ReceptionEdit } from "./ReceptionEdit";
import { ReceptionList } from "./ReceptionList";
import { ReceptionShow } from "./ReceptionShow";

export const receptions = {
  list: ReceptionList,
  create: ReceptionCreate,
  edit: ReceptionEdit,
  show: ReceptionShow,
  icon: RecordVoiceOverIcon,
  recordRepresentation: (r: { date?: string; subject?: string | null; station?: { name: string } | null }) =>
    [r.date, r.station?.name, r.subject].filter(Boolean).join(" "),
};
