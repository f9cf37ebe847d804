// Fields shared by the show pages and lists.
import { Box, Chip, Stack, Typography } from "@mui/material";
import { Children, isValidElement, type ReactNode } from "react";
import { DateField as RaDateField, Labeled, Link, useLocaleState, useRecordContext, useTranslate, type DateFieldProps } from "react-admin";

// A link to a record of another resource from data already fetched with this one.
export const RecordLink = ({
  resource,
  idSource,
  text,
  page = "show",
}: {
  resource: string;
  idSource: string;
  text: (r: Record<string, any>) => ReactNode;
  page?: "show" | "edit";
  label?: string;
  sortable?: boolean;
}) => {
  const record = useRecordContext();
  if (!record) return null;
  const id = idSource.split(".").reduce<any>((o, k) => o?.[k], record);
  if (id == null) return null;
  return (
    <Link to={`/${resource}/${id}${page === "show" ? "/show" : ""}`} onClick={(e: { stopPropagation: () => void }) => e.stopPropagation()}>
      {text(record)}
    </Link>
  );
};

// A deputy's mandates as chips: "市级 · 第3届 · 七星关区".
export const MandateChips = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const mandates = (record?.mandates ?? []) as { id: string; level: string; congressTerm: number; endDate?: string | null; district?: { name: string } | null }[];
  return (
    <Stack direction="row" gap={0.5} flexWrap="wrap">
      {mandates.map((m) => (
        <Chip
          key={m.id}
          size="small"
          variant={m.endDate ? "outlined" : "filled"}
          label={[translate(`enums.MandateLevel.${m.level}`), translate("app.term", { term: m.congressTerm }), m.district?.name].filter(Boolean).join(" · ")}
        />
      ))}
    </Stack>
  );
};

// What a table inside a show page says when it has no rows.
export const Empty = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
      {translate("app.empty_list")}
    </Typography>
  );
};

// Dates as the user's language writes them (2024/5/10 in Chinese), whatever the browser's locale.
export const DateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <RaDateField locales={locale === "zh" ? "zh-CN" : "en-GB"} {...props} />;
};

// Fields in a grid, each with its label (for show pages).
export const FieldGrid = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(220px, 1fr))", gap: 2, width: "100%", py: 1 }}>
    {Children.map(children, (child) =>
      isValidElement(child) ? <Labeled>{child}</Labeled> : child,
    )}
  </Box>
);
