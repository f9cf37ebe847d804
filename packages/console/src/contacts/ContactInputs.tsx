import { ArrayInput, DateInput, maxLength, required, SimpleFormIterator, TextInput } from "react-admin";
import { useWatch } from "react-hook-form";
import { CommitteeInput } from "../committees/CommitteeInput";
import { AddDeputiesButton } from "../common/AddDeputiesButton";
import { DeputyCell } from "../common/DeputyCell";
import { Row, Section } from "../common/crud";
import { EnumInput } from "../common/inputs";
import { OpinionsInput } from "../opinions/OpinionsInput";

// A member's contact names the member, a committee's the committee (the API refuses the other).
const ByDetail = () => {
  const by = useWatch({ name: "by" });
  if (by === "MEMBER") return <TextInput source="memberName" validate={[required(), maxLength(50)]} />;
  if (by === "COMMITTEE") return <CommitteeInput source="committeeId" validate={required()} />;
  return null;
};

export const ContactInputs = () => (
  <>
    <Section title="resources.contacts.sections.basic" />
    <Row>
      <DateInput source="date" validate={required()} />
      <EnumInput enumName="ContactWay" source="way" validate={required()} />
      <EnumInput enumName="ContactBy" source="by" validate={required()} />
      <ByDetail />
    </Row>
    <TextInput source="notes" multiline minRows={2} fullWidth />
    <Section title="resources.contacts.sections.deputies" />
    <ArrayInput source="deputies" label={false}>
      <>
        <SimpleFormIterator inline disableReordering>
          <DeputyCell />
        </SimpleFormIterator>
        <AddDeputiesButton arraySource="deputies" />
      </>
    </ArrayInput>
    <Section title="resources.contacts.sections.opinions" />
    <OpinionsInput from="deputies" />
  </>
);
