// 导入 beside 导出 on an importable list, for those who may create its records; `resource`: what it
// imports when that is not the list's own records (a training's attendances from the trainings list).
import UploadFileIcon from "@mui/icons-material/UploadFile";
import { Button, useCanAccess, useResourceContext } from "react-admin";
import { Link } from "react-router-dom";
import { IMPORTABLE } from "./ImportPage";

export const ImportButton = ({ resource: imported }: { resource?: string }) => {
  const list = useResourceContext();
  const resource = imported ?? list;
  const { canAccess } = useCanAccess({ resource: list, action: "create" });
  if (!canAccess || !resource || !(resource in IMPORTABLE)) return null;
  return (
    <Button component={Link} to={`/import?resource=${resource}`} label={imported ? `import.button_of.${imported}` : "import.button"} data-testid="list-import">
      <UploadFileIcon />
    </Button>
  );
};
