import { ArrayInput, maxLength, required, SimpleFormIterator, TextInput } from "react-admin";
import { useWatch } from "react-hook-form";
import { AddDeputiesButton } from "../common/AddDeputiesButton";
import { DeputyCell } from "../common/DeputyCell";
import { Row, Section } from "../common/crud";
import { DistrictInput, EnumInput } from "../common/inputs";

// A district group names its district, a sector group its sector (the API refuses the other).
const KindDetail = () => {
  const kind = useWatch({ name: "kind" });
  if (kind === "DISTRICT") return <DistrictInput source="districtId" level="COUNTY" validate={required()} />;
  if (kind === "SECTOR") return <EnumInput enumName="OccupationSector" source="sector" validate={required()} />;
  return null;
};

export const DeputyGroupInputs = () => (
  <>
    <Section title="resources.deputyGroups.sections.basic" />
    <Row>
      <TextInput source="name" validate={[required(), maxLength(100)]} sx={{ minWidth: 320 }} />
      <EnumInput enumName="GroupKind" source="kind" validate={required()} />
      <KindDetail />
    </Row>
    <TextInput source="description" multiline minRows={2} fullWidth />
    <Section title="resources.deputyGroups.sections.members" />
    <ArrayInput source="members" label={false}>
      <>
        <SimpleFormIterator inline disableReordering>
          <DeputyCell />
          <EnumInput enumName="GroupRole" source="role" helperText={false} sx={{ width: 140 }} />
        </SimpleFormIterator>
        <AddDeputiesButton arraySource="members" defaults={{ role: "MEMBER" }} />
      </>
    </ArrayInput>
  </>
);
