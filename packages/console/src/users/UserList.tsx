// The people who sign in to the console (admins only): role, active or not, last sign-in. A click
// edits (role, password, deactivation); "deactivate" and "activate" act at once, with the version read.
import BlockIcon from "@mui/icons-material/Block";
import CheckCircleOutlineIcon from "@mui/icons-material/CheckCircleOutline";
import {
  BooleanField,
  Button,
  CreateButton,
  DataTable,
  DateField as RaDateField,
  List,
  NullableBooleanInput,
  SearchInput,
  TopToolbar,
  useGetIdentity,
  useNotify,
  useRecordContext,
  useRefresh,
  useUpdate,
} from "react-admin";
import { EnumInput, enumField } from "../common/inputs";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="role" enumName="UserRole" source="role" alwaysOn />,
  <NullableBooleanInput key="active" source="active" alwaysOn />,
];

const ToggleActive = (_: { label?: string }) => {
  const record = useRecordContext();
  const { identity } = useGetIdentity();
  const notify = useNotify();
  const refresh = useRefresh();
  const [update, { isPending }] = useUpdate();
  if (!record || String(record.id) === String(identity?.id)) return null;
  const activate = !record.active;
  return (
    <Button
      label={activate ? "app.users.activate" : "app.users.deactivate"}
      color={activate ? "primary" : "error"}
      disabled={isPending}
      onClick={(e) => {
        e.stopPropagation();
        update(
          "users",
          { id: record.id, data: { active: activate }, previousData: record },
          {
            mutationMode: "pessimistic",
            onSuccess: () => {
              notify(activate ? "app.users.activated" : "app.users.deactivated", { messageArgs: { name: record.username } });
              refresh();
            },
            onError: (error) => notify((error as Error).message, { type: "error" }),
          },
        );
      }}
    >
      {activate ? <CheckCircleOutlineIcon /> : <BlockIcon />}
    </Button>
  );
};

const LastSignIn = (_: { source?: string }) => <RaDateField source="lastSignInAt" showTime locales="zh-CN" options={{ hour12: false }} emptyText="—" />;

export const UserList = () => (
  <List
    filters={filters}
    actions={
      <TopToolbar>
        <CreateButton />
      </TopToolbar>
    }
    sort={{ field: "username", order: "ASC" }}
    perPage={25}
    exporter={false}
  >
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="username" />
      <DataTable.Col source="displayName" disableSort />
      <DataTable.Col source="role" field={enumField("UserRole")} />
      <DataTable.Col source="active" field={BooleanField} disableSort />
      <DataTable.Col source="lastSignInAt" field={LastSignIn} />
      <DataTable.Col label="app.users.actions" disableSort>
        <ToggleActive />
      </DataTable.Col>
    </DataTable>
  </List>
);
