import AccountBalanceIcon from "@mui/icons-material/AccountBalance";
import { CommitteeCreate } from "./CommitteeCreate";
import { CommitteeEdit } from "./CommitteeEdit";
import { CommitteeList } from "./CommitteeList";
import { CommitteeShow } from "./CommitteeShow";

export const committees = {
  list: CommitteeList,
  create: CommitteeCreate,
  edit: CommitteeEdit,
  show: CommitteeShow,
  icon: AccountBalanceIcon,
  recordRepresentation: "name",
};
