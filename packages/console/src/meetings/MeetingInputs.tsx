import { ArrayInput, BooleanInput, DateInput, maxLength, required, SimpleFormIterator, TextInput } from "react-admin";
import { AddDeputiesButton } from "../common/AddDeputiesButton";
import { DeputyCell } from "../common/DeputyCell";
import { Row, Section } from "../common/crud";
import { OpinionsInput } from "../opinions/OpinionsInput";

export const MeetingInputs = () => (
  <>
    <Section title="resources.meetings.sections.basic" />
    <TextInput source="title" validate={[required(), maxLength(200)]} fullWidth />
    <Row>
      <DateInput source="startDate" validate={required()} />
      <DateInput source="endDate" />
      <DateInput source="forumDate" />
    </Row>
    <TextInput source="notes" multiline minRows={2} fullWidth />
    <Section title="resources.meetings.sections.attendees" />
    <ArrayInput source="attendees" label={false}>
      <>
        <SimpleFormIterator inline disableReordering>
          <DeputyCell />
          <BooleanInput source="atForum" helperText={false} />
        </SimpleFormIterator>
        <AddDeputiesButton arraySource="attendees" defaults={{ atForum: false }} />
      </>
    </ArrayInput>
    <Section title="resources.meetings.sections.opinions" />
    <OpinionsInput from="deputies" />
  </>
);
