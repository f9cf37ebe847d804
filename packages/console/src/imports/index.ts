export { ImportButton } from "./ImportButton";
export { ImportPage } from "./ImportPage";
