import { ArrayInput, BooleanInput, DateInput, minValue, NumberInput, required, SimpleFormIterator, TextInput } from "react-admin";
import { AddDeputiesButton } from "../common/AddDeputiesButton";
import { DeputyCell } from "../common/DeputyCell";
import { Row, Section } from "../common/crud";
import { EnumInput } from "../common/inputs";

const endAfterStart = (end: string, values: { startDate?: string }) =>
  end && values.startDate && end < values.startDate ? "errors.field.rule" : undefined;

export const TrainingInputs = () => (
  <>
    <Section title="resources.trainings.sections.basic" />
    <TextInput source="title" validate={required()} fullWidth />
    <Row>
      <EnumInput enumName="TrainingForm" source="form" validate={required()} />
      <TextInput source="organiser" />
      <TextInput source="venue" />
    </Row>
    <Row>
      <DateInput source="startDate" validate={required()} />
      <DateInput source="endDate" validate={[required(), endAfterStart]} />
      <NumberInput source="hours" validate={minValue(0)} />
      <BooleanInput source="online" sx={{ mt: 2 }} />
    </Row>
    <TextInput source="description" multiline minRows={2} fullWidth />
    <Section title="resources.trainings.sections.attendances" />
    <ArrayInput source="attendances" label={false}>
      <>
        <SimpleFormIterator inline disableReordering>
          <DeputyCell />
          <EnumInput enumName="AttendanceStatus" source="status" helperText={false} sx={{ width: 140 }} />
          <NumberInput source="hours" helperText={false} sx={{ minWidth: 90, maxWidth: 110 }} />
        </SimpleFormIterator>
        <AddDeputiesButton arraySource="attendances" defaults={{ status: "ENROLLED" }} />
      </>
    </ArrayInput>
  </>
);
