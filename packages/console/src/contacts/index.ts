import ConnectWithoutContactIcon from "@mui/icons-material/ConnectWithoutContact";
import { ContactCreate } from "./ContactCreate";
import { ContactEdit } from "./ContactEdit";
import { ContactList } from "./ContactList";
import { ContactShow } from "./ContactShow";

export const contacts = {
  list: ContactList,
  create: ContactCreate,
  edit: ContactEdit,
  show: ContactShow,
  icon: ConnectWithoutContactIcon,
  recordRepresentation: (r: { date?: string; committee?: { name: string } | null; memberName?: string | null }) =>
    [r.date, r.committee?.name ?? r.memberName].filter(Boolean).join(" "),
};
