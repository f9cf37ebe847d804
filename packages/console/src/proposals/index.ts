import DescriptionIcon from "@mui/icons-material/Description";
import { ProposalCreate } from "./ProposalCreate";
import { ProposalEdit } from "./ProposalEdit";
import { ProposalList } from "./ProposalList";
import { ProposalShow } from "./ProposalShow";

export const proposals = {
  list: ProposalList,
  create: ProposalCreate,
  edit: ProposalEdit,
  show: ProposalShow,
  icon: DescriptionIcon,
  recordRepresentation: (r: { number?: number; title?: string }) => `${r.number ?? ""} ${r.title ?? ""}`.trim(),
};
