import { ProposalEvaluationList } from "./ProposalEvaluationList";

export const proposalEvaluations = { list: ProposalEvaluationList };
