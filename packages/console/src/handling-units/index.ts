import AccountBalanceIcon from "@mui/icons-material/AccountBalance";
import { HandlingUnitCreate } from "./HandlingUnitCreate";
import { HandlingUnitEdit } from "./HandlingUnitEdit";
import { HandlingUnitList } from "./HandlingUnitList";
import { HandlingUnitShow } from "./HandlingUnitShow";

export const handlingUnits = {
  list: HandlingUnitList,
  create: HandlingUnitCreate,
  edit: HandlingUnitEdit,
  show: HandlingUnitShow,
  icon: AccountBalanceIcon,
  recordRepresentation: "name",
};
