// 年度综述: the yearly review of deputy work for a year, from `yearlyReview(year)`, as a document in
// Chinese; each figure links to the list of its records. Printable (the page's own print style leaves
// only the document) and downloadable as a Word file made in the browser.
import DescriptionIcon from "@mui/icons-material/Description";
import PrintIcon from "@mui/icons-material/Print";
import { Alert, Box, Button, CircularProgress, GlobalStyles, Link as MuiLink, Paper, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, Title, useDataProvider, useNotify, useTranslate } from "react-admin";
import { listUrl } from "../common/listLink";
import { REVIEW_QUERY } from "../dashboard/queries";
import { useYear, YearPicker } from "../dashboard/YearPicker";
import type { AppDataProvider } from "../dataProvider";
import { reviewDocument, type Block, type Review } from "./reviewDocument";
import { downloadReviewDocx } from "./reviewDocx";

// On paper: the document alone, in black, without the console around it.
const printStyles = (
  <GlobalStyles
    styles={{
      "@media print": {
        "@page": { size: "A4", margin: "25mm 20mm" },
        "body, html": { background: "#fff !important" },
        "header.MuiAppBar-root, .RaSidebar-root, .RaSidebar-docked, .RaSidebar-fixed, .no-print, .MuiSnackbar-root": { display: "none !important" },
        ".RaLayout-appFrame": { marginTop: "0 !important" },
        ".RaLayout-content": { padding: "0 !important", background: "#fff !important" },
        ".review-paper": { boxShadow: "none !important", border: "none !important", padding: "0 !important", maxWidth: "none !important", margin: "0 !important" },
        ".review-paper a": { color: "inherit !important", textDecoration: "none !important" },
      },
    }}
  />
);

const paperFont = '"Noto Serif SC", "Source Han Serif SC", "SimSun", "Songti SC", "Noto Sans SC", serif';

const BlockView = ({ block }: { block: Block }) => {
  const content = block.segments.map((s, i) =>
    typeof s === "string" ? (
      <span key={i}>{s}</span>
    ) : (
      <MuiLink
        key={i}
        component={Link}
        to={listUrl(s.figure.resource, s.figure.filter)}
        title={`${s.figure.label}：${s.figure.value}${s.figure.unit}`}
        data-testid={`figure-${s.figure.key}`}
        data-value={s.figure.value}
        sx={{ fontWeight: 600, textDecorationStyle: "dotted" }}
      >
        {s.text}
      </MuiLink>
    ),
  );
  switch (block.kind) {
    case "title":
      return (
        <Typography component="h1" sx={{ fontSize: 26, fontWeight: 700, textAlign: "center", mb: 4, fontFamily: paperFont, letterSpacing: 1 }}>
          {content}
        </Typography>
      );
    case "heading":
      return (
        <Typography component="h2" sx={{ fontSize: 19, fontWeight: 700, mt: 3, mb: 1, textIndent: "2em", fontFamily: "inherit" }}>
          {content}
        </Typography>
      );
    case "note":
      return (
        <Typography component="p" sx={{ fontSize: 14, color: "text.secondary", mt: 3, textIndent: "2em" }}>
          {content}
        </Typography>
      );
    default:
      return (
        <Typography component="p" sx={{ fontSize: 17, lineHeight: 2, textIndent: "2em", textAlign: "justify", mb: 1, fontFamily: "inherit" }}>
          {content}
        </Typography>
      );
  }
};

export const ReviewPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const picked = useYear();
  const { year } = picked;
  const [saving, setSaving] = useState(false);
  const { data, isPending, error } = useQuery({
    queryKey: ["yearlyReview", year],
    queryFn: () => dataProvider.graphql<{ yearlyReview: Review }>(REVIEW_QUERY, { year }),
    enabled: year !== undefined,
  });
  const blocks = data ? reviewDocument(data.yearlyReview) : undefined;
  const title = year ? `毕节市人大常委会${year}年代表工作综述` : "";

  const download = async () => {
    if (!blocks) return;
    setSaving(true);
    try {
      await downloadReviewDocx(blocks, title);
    } catch (e) {
      notify((e as Error).message, { type: "error" });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      {printStyles}
      <Title title="app.review.title" />
      <Box className="no-print" sx={{ display: "flex", alignItems: "center", gap: 2, flexWrap: "wrap", mb: 2 }}>
        <YearPicker {...picked} />
        <Button variant="outlined" startIcon={<PrintIcon />} onClick={() => window.print()} disabled={!blocks}>
          {translate("app.review.print")}
        </Button>
        <Button variant="contained" startIcon={<DescriptionIcon />} onClick={download} disabled={!blocks || saving} data-testid="review-docx">
          {translate("app.review.download")}
        </Button>
        <Typography variant="body2" color="text.secondary">
          {translate("app.review.hint")}
        </Typography>
      </Box>
      {error ? (
        <Alert severity="error">{(error as Error).message}</Alert>
      ) : isPending || !blocks ? (
        <Box sx={{ display: "flex", justifyContent: "center", py: 8 }}>
          <CircularProgress />
        </Box>
      ) : (
        <Paper className="review-paper" variant="outlined" sx={{ maxWidth: 860, mx: "auto", px: { xs: 3, md: 8 }, py: 6, fontFamily: paperFont }} data-testid="review-document">
          {blocks.map((b, i) => (
            <BlockView key={i} block={b} />
          ))}
        </Paper>
      )}
    </Box>
  );
};
