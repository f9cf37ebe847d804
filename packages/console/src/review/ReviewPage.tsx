// 年度综述: the yearly review of deputy work for a year, from `yearlyReview(year)`, as a document in
// Chinese; each figure links to the list of its records. Printable (the page's own print style leaves
// only the document) and downloadable as a Word file made in the browser. Under the text, the figures
// as charts (reviewCharts.ts), each downloadable as a picture and as .xlsx, and carried into the Word file.
import DescriptionIcon from "@mui/icons-material/Description";
import PrintIcon from "@mui/icons-material/Print";
import { Alert, Box, Button, CircularProgress, GlobalStyles, Link as MuiLink, Paper, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { Link, Title, useDataProvider, useNotify, useTranslate } from "react-admin";
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { chartPicture, pngBlob } from "../common/chartImage";
import { FigureDownloads } from "../common/FigureDownloads";
import { listUrl } from "../common/listLink";
import type { Sheet } from "../common/xlsx";
import { palette } from "../dashboard/parts";
import { REVIEW_QUERY } from "../dashboard/queries";
import { useYear, YearPicker } from "../dashboard/YearPicker";
import type { AppDataProvider } from "../dataProvider";
import { reviewDocument, type Block, type Review } from "./reviewDocument";
import { reviewCharts, type ReviewChart } from "./reviewCharts";
import { downloadReviewDocx, type DocxChart } from "./reviewDocx";

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

const chartSheet = (chart: ReviewChart, title: string, translate: (k: string) => string): Sheet => ({
  name: chart.unit,
  columns: [{ header: translate("app.export.item") }, { header: `${translate("app.export.value")}（${chart.unit}）` }],
  rows: chart.figures.map((f) => [f.label, f.value]),
});

// One chart of the review: its figures as bars, the value at each bar's end, with its downloads.
const ReviewChartView = ({ chart, title, charts }: { chart: ReviewChart; title: string; charts: Map<string, HTMLElement> }) => {
  const translate = useTranslate();
  const box = useRef<HTMLDivElement | null>(null);
  const rows = chart.figures.map((f) => ({ label: f.label, value: f.value }));
  return (
    <Box
      ref={(el: HTMLDivElement | null) => {
        box.current = el;
        if (el) charts.set(chart.unit, el);
        else charts.delete(chart.unit);
      }}
      sx={{ mt: 3, breakInside: "avoid" }}
      data-testid={`review-chart-${chart.unit}`}
    >
      <Box sx={{ display: "flex", alignItems: "center" }}>
        <Typography sx={{ flex: 1, fontSize: 15, fontWeight: 600, textAlign: "center" }}>{title}</Typography>
        <FigureDownloads title={title} target={box} sheets={() => [chartSheet(chart, title, translate)]} testId={`review-chart-${chart.unit}-download`} />
      </Box>
      <Box sx={{ height: rows.length * 34 + 40 }}>
        <ResponsiveContainer>
          <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 56, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tick={{ fontSize: 11 }} allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={220} tick={{ fontSize: 12 }} interval={0} tickFormatter={(v: string) => (v.length > 16 ? `${v.slice(0, 15)}…` : v)} />
            <Bar dataKey="value" fill={palette[0]} isAnimationActive={false}>
              <LabelList dataKey="value" position="right" style={{ fontSize: 12 }} formatter={(v: unknown) => Number(v).toLocaleString("zh-CN")} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </Box>
    </Box>
  );
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
  const charts = data ? reviewCharts(data.yearlyReview) : [];
  const chartTitle = (c: ReviewChart) => translate("app.review.chart_title", { year, unit: c.unit });
  const chartBoxes = useRef(new Map<string, HTMLElement>()).current;
  const title = year ? `毕节市人大常委会${year}年代表工作综述` : "";

  // Each chart drawn as the page shows it, at twice its size, into the Word file.
  const pictures = async (): Promise<DocxChart[]> => {
    const out: DocxChart[] = [];
    for (const c of charts) {
      const el = chartBoxes.get(c.unit);
      if (!el) continue;
      const picture = await chartPicture(el, ""); // captioned in the document
      out.push({ title: chartTitle(c), png: new Uint8Array(await (await pngBlob(picture)).arrayBuffer()), width: picture.width, height: picture.height });
    }
    return out;
  };

  const download = async () => {
    if (!blocks) return;
    setSaving(true);
    try {
      await downloadReviewDocx(blocks, title, await pictures());
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
          {/* the charts before the closing note, as in the Word file */}
          {blocks.slice(0, -1).map((b, i) => (
            <BlockView key={i} block={b} />
          ))}
          {charts.length > 0 && (
            <Box sx={{ mt: 4 }}>
              <Typography component="h2" sx={{ fontSize: 19, fontWeight: 700, textIndent: "2em", fontFamily: "inherit" }}>
                {translate("app.review.charts")}
              </Typography>
              {charts.map((c) => (
                <ReviewChartView key={c.unit} chart={c} title={chartTitle(c)} charts={chartBoxes} />
              ))}
            </Box>
          )}
          {blocks.slice(-1).map((b) => (
            <BlockView key="note" block={b} />
          ))}
        </Paper>
      )}
    </Box>
  );
};
