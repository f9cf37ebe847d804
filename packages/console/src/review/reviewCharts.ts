// The review's charts: its figures side by side where they count the same thing — one bar chart per
// unit (人次, 个, 件, 条 …) that two or more figures share, in the order the units first appear; a
// figure alone in its unit stays in the text only. The same charts on the page and in the Word file.
import type { Review, ReviewFigure } from "./reviewDocument";

export type ReviewChart = { unit: string; figures: ReviewFigure[] };

export function reviewCharts(review: Review): ReviewChart[] {
  const byUnit = new Map<string, ReviewFigure[]>();
  for (const f of review.figures) byUnit.set(f.unit, [...(byUnit.get(f.unit) ?? []), f]);
  return [...byUnit].filter(([, figures]) => figures.length > 1).map(([unit, figures]) => ({ unit, figures }));
}
