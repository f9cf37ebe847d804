import { BooleanInput, DateInput, FormDataConsumer, minValue, NumberInput, required, TextInput, useRecordContext } from "react-admin";
import { Row, Section } from "../common/crud";
import { DeputiesInput, DeputyInput, EnumInput } from "../common/inputs";

// The lead deputy and the co-signers are who evaluates the answers: the API fixes them once the
// proposal is assigned. Status, assignments and evaluations change only through the handling steps
// on the show page.
const AUTHORS_EDITABLE = ["SUBMITTED", "ACCEPTED"];

export const ProposalInputs = () => {
  const record = useRecordContext();
  const authorsFixed = !!record?.status && !AUTHORS_EDITABLE.includes(record.status as string);
  return (
    <>
      <Section title="resources.proposals.sections.basic" />
      <Row>
        <NumberInput source="congressTerm" validate={[required(), minValue(1)]} />
        <NumberInput source="sessionNumber" validate={minValue(1)} />
        <NumberInput source="number" validate={[required(), minValue(1)]} />
        <DateInput source="submittedAt" validate={required()} />
      </Row>
      <TextInput source="title" validate={required()} fullWidth />
      <Row>
        <EnumInput enumName="ProposalCategory" source="category" validate={required()} />
        <DeputyInput source="leadDeputyId" validate={required()} disabled={authorsFixed} />
      </Row>
      <TextInput source="content" multiline minRows={3} fullWidth />
      <Section title="resources.proposals.sections.cosigners" />
      {authorsFixed ? (
        <CosignerNames />
      ) : (
        <DeputiesInput source="cosignerIds" label="resources.proposals.fields.cosignerIds" />
      )}
      <Section title="resources.proposals.sections.fund" />
      <Row>
        <BooleanInput source="specialFund" sx={{ mt: 2 }} />
        <FormDataConsumer>
          {({ formData }) => formData.specialFund && <NumberInput source="fundAmount" validate={minValue(0)} />}
        </FormDataConsumer>
        <NumberInput source="peopleBenefited" validate={minValue(0)} />
      </Row>
    </>
  );
};

// Once assigned, the co-signers are shown, not edited.
const CosignerNames = () => {
  const record = useRecordContext();
  const names = ((record?.cosigners ?? []) as { deputy?: { name: string } }[]).map((c) => c.deputy?.name).filter(Boolean);
  return <span style={{ display: "block", padding: "8px 0" }}>{names.length ? names.join("、") : "—"}</span>;
};
