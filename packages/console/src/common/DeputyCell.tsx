// The deputy of a row in a child list (attendees, participants, stationed deputies). A row that already
// names its deputy (read with the record, or added through "add many") shows the name as text: a
// training can have hundreds of attendees, and a picker per row would make the form slow. New rows
// get a picker that searches the server.
import { Box, Typography } from "@mui/material";
import { useWatch } from "react-hook-form";
import { Link, required, useSourceContext, useTranslate } from "react-admin";
import { DeputyInput } from "./inputs";

export const DeputyCell = ({ source = "deputyId" }: { source?: string }) => {
  const sourceContext = useSourceContext();
  const translate = useTranslate();
  const deputy = useWatch({ name: sourceContext.getSource("deputy") }) as { id: string; name: string; workUnit?: string | null } | undefined;
  if (!deputy?.name) return <DeputyInput source={source} validate={required()} />;
  return (
    <Box sx={{ width: 300, pt: 1, overflow: "hidden", whiteSpace: "nowrap", textOverflow: "ellipsis" }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate("resources.deputies.name", { smart_count: 1 })}
      </Typography>
      <Link to={`/deputies/${deputy.id}/show`} target="_blank">
        {deputy.name}
      </Link>
      {deputy.workUnit && (
        <Typography variant="caption" color="text.secondary" sx={{ ml: 1 }}>
          {deputy.workUnit}
        </Typography>
      )}
    </Box>
  );
};
