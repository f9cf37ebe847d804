// react-admin's default look, with fonts from npm (no font from the internet): Roboto for Latin,
// Noto Sans SC for Chinese.
import { defaultTheme, type RaThemeOptions } from "react-admin";

const fontFamily = ["Roboto", '"Noto Sans SC"', '"PingFang SC"', '"Microsoft YaHei"', "sans-serif"].join(",");

export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: { primary: { main: "#b71c1c" }, secondary: { main: "#8e1b1b" } },
  typography: { ...defaultTheme.typography, fontFamily },
  sidebar: { width: 200, closedWidth: 50 },
  components: {
    ...defaultTheme.components,
    // Chinese headers and short values read badly when broken across lines.
    MuiTableCell: { styleOverrides: { root: { whiteSpace: "nowrap" } } },
    // Long forms stay within the window: the content may shrink, child rows wrap.
    RaLayout: { styleOverrides: { root: { "& .RaLayout-content": { minWidth: 0 } } } },
    RaSimpleFormIterator: { styleOverrides: { root: { "& .RaSimpleFormIterator-form": { flexWrap: "wrap", "& > *": { flex: "1 1 150px", maxWidth: 300 } } } } },
  },
};
