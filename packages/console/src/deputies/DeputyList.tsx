import { DataTable, List, NumberInput, SearchInput, TextInput } from "react-admin";
import { ListActions, useBulkActions } from "../common/crud";
import { col, dateCol, listExporter, enumCol, enumText } from "../common/exporter";
import { DateField, MandateChips } from "../common/fields";
import { DistrictInput, EnumInput, enumField } from "../common/inputs";
import { ImportButton } from "../imports";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="level" enumName="MandateLevel" source="mandate.level" alwaysOn />,
  <DistrictInput key="district" source="mandate.districtId" level="COUNTY" alwaysOn />,
  <NumberInput key="term" source="mandate.congressTerm" />,
  <EnumInput key="gender" enumName="Gender" source="gender" />,
  <TextInput key="ethnicity" source="ethnicity" />,
  <EnumInput key="party" enumName="PoliticalAffiliation" source="politicalAffiliation" />,
  <EnumInput key="sector" enumName="OccupationSector" source="occupationSector" />,
  <EnumInput key="education" enumName="Education" source="education" />,
];

type Mandate = { level: string; congressTerm: number; district?: { name: string } | null; endDate?: string | null };

const exporter = listExporter("deputies", [
  col("deputies", "name"),
  enumCol("deputies", "gender", "Gender"),
  col("deputies", "ethnicity"),
  dateCol("deputies", "birthDate"),
  enumCol("deputies", "politicalAffiliation", "PoliticalAffiliation"),
  enumCol("deputies", "education", "Education"),
  enumCol("deputies", "occupationSector", "OccupationSector"),
  col("deputies", "workUnit"),
  col("deputies", "jobTitle"),
  col("deputies", "phone"),
  {
    header: "resources.deputies.sections.mandates",
    value: (r) =>
      ((r.mandates ?? []) as Mandate[]).map((m) => [enumText("MandateLevel", m.level), `${m.congressTerm}`, m.district?.name].filter(Boolean).join(" ")),
  },
]);

export const DeputyList = () => {
  const bulkActions = useBulkActions();
  return (
    <List filters={filters} actions={
        <ListActions>
          <ImportButton />
        </ListActions>
      } sort={{ field: "name", order: "ASC" }} exporter={exporter} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={bulkActions}>
        <DataTable.Col source="name" />
        <DataTable.Col source="gender" field={enumField("Gender")} disableSort />
        <DataTable.Col source="ethnicity" />
        <DataTable.Col source="birthDate" field={DateField} />
        <DataTable.Col source="politicalAffiliation" field={enumField("PoliticalAffiliation")} disableSort />
        <DataTable.Col label="resources.deputies.sections.current_mandates" disableSort>
          <MandateChips />
        </DataTable.Col>
        <DataTable.Col source="workUnit" disableSort cellSx={() => ({ whiteSpace: "normal" })} />
      </DataTable>
    </List>
  );
};
