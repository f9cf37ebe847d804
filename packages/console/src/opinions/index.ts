import ForumIcon from "@mui/icons-material/Forum";
import { OpinionList } from "./OpinionList";
import { OpinionShow } from "./OpinionShow";

// Opinions are recorded with their reception; here they are followed through their course.
export const opinions = {
  list: OpinionList,
  show: OpinionShow,
  icon: ForumIcon,
  recordRepresentation: (r: { content?: string }) => (r.content ?? "").slice(0, 30),
};
