import { Create, SimpleForm } from "react-admin";
import { MeetingInputs } from "./MeetingInputs";

export const MeetingCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ attendees: [] }}>
      <MeetingInputs />
    </SimpleForm>
  </Create>
);
