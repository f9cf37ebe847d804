// A station's liaison rooms: each room is a station record of kind ROOM under it, edited on its own
// page; from here the clerk sees them and adds one with the station already filled in.
import AddIcon from "@mui/icons-material/Add";
import { Button, DataTable, Pagination, ReferenceManyField, useRecordContext } from "react-admin";
import { Link } from "react-router-dom";
import { Section } from "../common/crud";
import { Empty } from "../common/fields";

export const StationRooms = () => {
  const record = useRecordContext();
  if (!record || record.kind === "ROOM") return null;
  const source = encodeURIComponent(
    JSON.stringify({ kind: "ROOM", parentId: record.id, districtId: record.districtId ?? undefined, townshipId: record.townshipId ?? undefined }),
  );
  return (
    <>
      <Section title="resources.stations.sections.rooms" />
      <ReferenceManyField reference="stations" target="parentId" perPage={10} pagination={<Pagination />} sort={{ field: "name", order: "ASC" }}>
        <DataTable bulkActionButtons={false} rowClick="edit" empty={<Empty />}>
          <DataTable.Col source="name" label="resources.stations.fields.name" />
          <DataTable.Col source="address" label="resources.stations.fields.address" />
          <DataTable.Col source="contactPerson" label="resources.stations.fields.contactPerson" />
        </DataTable>
      </ReferenceManyField>
      <Button component={Link} to={`/stations/create?source=${source}`} label="app.rooms.add" startIcon={<AddIcon />} />
    </>
  );
};
