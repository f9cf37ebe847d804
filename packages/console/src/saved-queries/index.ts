import QueryStatsIcon from "@mui/icons-material/QueryStats";
import { SavedQueryCreate } from "./SavedQueryCreate";
import { SavedQueryEdit } from "./SavedQueryEdit";
import { SavedQueryList } from "./SavedQueryList";
import { SavedQueryShow } from "./SavedQueryShow";

export const savedQueries = {
  list: SavedQueryList,
  create: SavedQueryCreate,
  edit: SavedQueryEdit,
  show: SavedQueryShow,
  icon: QueryStatsIcon,
  recordRepresentation: "title",
};
