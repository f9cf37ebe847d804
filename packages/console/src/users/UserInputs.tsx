// A user's sign-in name, display name, role, whether the account is active, and the password (required
// when creating; on edit, typed only to set a new one).
import { BooleanInput, PasswordInput, required, TextInput, useTranslate } from "react-admin";
import { Row } from "../common/crud";
import { EnumInput } from "../common/inputs";

const username = (v: unknown) => (v && !/^[A-Za-z0-9_.-]{2,50}$/.test(String(v)) ? "app.users.username_rule" : undefined);
const password = (v: unknown) => (v && String(v).length < 10 ? "app.users.password_rule" : undefined);

export const UserInputs = ({ create = false }: { create?: boolean }) => {
  const translate = useTranslate();
  return (
    <>
      <Row>
        <TextInput source="username" validate={[required(), username]} helperText="app.users.username_help" />
        <TextInput source="displayName" />
        <EnumInput enumName="UserRole" source="role" validate={required()} />
      </Row>
      <Row>
        <PasswordInput
          source="password"
          validate={create ? [required(), password] : password}
          helperText={translate(create ? "app.users.password_help" : "app.users.password_change_help")}
          autoComplete="new-password"
        />
        <BooleanInput source="active" helperText="app.users.active_help" />
      </Row>
    </>
  );
};
