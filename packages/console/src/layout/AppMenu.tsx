// The menu: the home page (dashboard), the records, the yearly review, and for admins the users, API
// tokens and audit log. Each resource item shows only when the role may list it (authProvider.canAccess).
import ArticleIcon from "@mui/icons-material/Article";
import InsightsIcon from "@mui/icons-material/Insights";
import MilitaryTechIcon from "@mui/icons-material/MilitaryTech";
import TerminalIcon from "@mui/icons-material/Terminal";
import UploadFileIcon from "@mui/icons-material/UploadFile";
import { Divider, ListSubheader } from "@mui/material";
import { Layout, Menu, useCanAccess, useSidebarState, useTranslate, type LayoutProps } from "react-admin";

const records = ["deputies", "trainings", "stations", "proposals", "activities", "handlingUnits", "districts"];
// receptions and opinions (issue 14), after the activities
records.splice(records.indexOf("activities") + 1, 0, "receptions", "opinions");
const admin = ["users", "apiTokens", "savedQueries", "auditLogs"];
// deputies' work (issue 14)
const deputyWork = ["deputyGroups", "measures", "contacts", "meetings", "committees"];

const Subheader = ({ label }: { label: string }) => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  return open ? (
    <ListSubheader disableSticky sx={{ lineHeight: "32px", bgcolor: "transparent", fontSize: 12 }}>
      {translate(label)}
    </ListSubheader>
  ) : (
    <Divider sx={{ my: 1 }} />
  );
};

// 导入, for those who may create records
const ImportItem = () => {
  const { canAccess } = useCanAccess({ resource: "deputies", action: "create" });
  return canAccess ? <Menu.Item to="/import" primaryText="import.menu" leftIcon={<UploadFileIcon />} /> : null;
};

const AdminItems = () => {
  const { canAccess } = useCanAccess({ resource: "users", action: "list" });
  if (!canAccess) return null;
  return (
    <>
      <Subheader label="app.menu.admin" />
      {admin.map((name) => (
        <Menu.ResourceItem key={name} name={name} />
      ))}
    </>
  );
};

export const AppMenu = () => (
  <Menu>
    <Menu.DashboardItem primaryText="app.menu.dashboard" leftIcon={<InsightsIcon />} />
    <Menu.Item to="/review" primaryText="app.menu.review" leftIcon={<ArticleIcon />} />
    <Menu.Item to="/duty" primaryText="duty.menu" leftIcon={<MilitaryTechIcon />} />
    {/* the query explorer is a page of its own (not a route of the console): load it as a document */}
    <Menu.Item to="/graphiql" reloadDocument primaryText="app.menu.explorer" leftIcon={<TerminalIcon />} />
    <Subheader label="app.menu.records" />
    {records.map((name) => (
      <Menu.ResourceItem key={name} name={name} />
    ))}
    <ImportItem />
    <Subheader label="app.menu.deputy_work" />
    {deputyWork.map((name) => (
      <Menu.ResourceItem key={name} name={name} />
    ))}
    <AdminItems />
  </Menu>
);

export const AppLayout = ({ children }: LayoutProps) => <Layout menu={AppMenu}>{children}</Layout>;
