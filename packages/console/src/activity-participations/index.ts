import { ActivityParticipationList } from "./ActivityParticipationList";

export const activityParticipations = { list: ActivityParticipationList };
