// 导入 beside 导出 on an importable list, for those who may create its records.
import UploadFileIcon from "@mui/icons-material/UploadFile";
import { Button, useCanAccess, useResourceContext } from "react-admin";
import { Link } from "react-router-dom";
import { IMPORTABLE } from "./ImportPage";

export const ImportButton = () => {
  const resource = useResourceContext();
  const { canAccess } = useCanAccess({ resource, action: "create" });
  if (!canAccess || !resource || !(resource in IMPORTABLE)) return null;
  return (
    <Button component={Link} to={`/import?resource=${resource}`} label="import.button" data-testid="list-import">
      <UploadFileIcon />
    </Button>
  );
};
