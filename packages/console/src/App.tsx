import { Admin, CustomRoutes, Resource } from "react-admin";
import { BrowserRouter, Route } from "react-router-dom";
import { activities } from "./activities";
import { opinions } from "./opinions";
import { receptions } from "./receptions";
import { activityParticipations } from "./activity-participations";
import { apiTokens } from "./api-tokens";
import { auditLogs } from "./audit-logs";
import { createAuthProvider } from "./auth/authProvider";
import { LoginPage } from "./auth/LoginPage";
import { Dashboard } from "./dashboard/Dashboard";
import { createDataProvider } from "./dataProvider";
import { apiSchema } from "./dataProvider/schema";
import { deputies } from "./deputies";
import { districts } from "./districts";
import { DutyRankingPage } from "./duty-records/DutyRankingPage";
import { handlingUnits } from "./handling-units";
import { i18nProvider } from "./i18n";
import { ImportPage } from "./imports";
import { AppLayout } from "./layout/AppMenu";
import { proposalEvaluations } from "./proposal-evaluations";
import { proposals } from "./proposals";
import { ReviewPage } from "./review/ReviewPage";
import { stations } from "./stations";
import { theme } from "./theme";
import { trainingAttendances } from "./training-attendances";
import { trainings } from "./trainings";
import { savedQueries } from "./saved-queries";
import { users } from "./users";
import { committees } from "./committees";
import { contacts } from "./contacts";
import { deputyGroups } from "./deputy-groups";
import { measures } from "./measures";
import { meetings } from "./meetings";

// The schema is the one the console was built with, so nothing is asked of the API before sign-in.
const dataProvider = createDataProvider({ translate: i18nProvider.translate, schema: apiSchema });
const authProvider = createAuthProvider();

// Plain URLs (/deputies/12/show); the API serves index.html for every path but /graphql.
export const App = () => (
  <BrowserRouter>
    <Admin
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      loginPage={LoginPage}
      layout={AppLayout}
      dashboard={Dashboard}
      theme={theme}
      title="app.title"
      disableTelemetry
      requireAuth
    >
      <Resource name="deputies" {...deputies} />
      <Resource name="trainings" {...trainings} />
      <Resource name="stations" {...stations} />
      <Resource name="proposals" {...proposals} />
      <Resource name="activities" {...activities} />
      <Resource name="receptions" {...receptions} />
      <Resource name="opinions" {...opinions} />
      <Resource name="handlingUnits" {...handlingUnits} />
      <Resource name="districts" {...districts} />
      {/* deputies' work (issue 14) */}
      <Resource name="deputyGroups" {...deputyGroups} />
      <Resource name="measures" {...measures} />
      <Resource name="contacts" {...contacts} />
      <Resource name="meetings" {...meetings} />
      <Resource name="committees" {...committees} />
      {/* The rows behind the dashboard's and the review's figures (opened from them, not the menu). */}
      <Resource name="trainingAttendances" {...trainingAttendances} />
      <Resource name="activityParticipations" {...activityParticipations} />
      <Resource name="proposalEvaluations" {...proposalEvaluations} />
      <Resource name="users" {...users} />
      <Resource name="apiTokens" {...apiTokens} />
      <Resource name="auditLogs" {...auditLogs} />
      <Resource name="savedQueries" {...savedQueries} />
      <CustomRoutes>
        <Route path="/review" element={<ReviewPage />} />
        <Route path="/duty" element={<DutyRankingPage />} />
        <Route path="/import" element={<ImportPage />} />
      </CustomRoutes>
    </Admin>
  </BrowserRouter>
);
