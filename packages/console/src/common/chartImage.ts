// A card's charts as a picture people keep: the recharts SVGs of a part of the page, each element's
// computed style written on it (a saved SVG has none of the page's CSS), the legends (HTML in recharts)
// drawn in, the fonts the text uses embedded (an SVG drawn as an image may load nothing), stacked under
// a title into one SVG; the PNG is that SVG drawn on a canvas at twice its size.

import { cellText } from "./exporter";
import type { Sheet } from "./xlsx";

// The styles that decide how a chart looks.
const STYLE_PROPS = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
  "visibility",
];

export type SvgPart = { markup: string; width: number; height: number };
export type LegendItem = { color: string; text: string };
export type ChartPicture = { svg: string; width: number; height: number };

export const escapeXml = (s: string) =>
  s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

const TITLE_HEIGHT = 32;
const LEGEND_HEIGHT = 22;
const PAD = 12;

// A rough width of text in px, for laying out legends without a page (a CJK character is square).
export const textWidth = (s: string, size: number) => [...s].reduce((w, ch) => w + (/[\u2E80-\uFFFF]/.test(ch) || ch.length > 1 ? size : size * 0.6), 0);

// The picture: a white page, the title, then each chart with its legend under it. Pure, so that it can
// be checked without a browser.
export function composeSvg({ title, parts, legends, fontFamily, fontCss }: { title: string; parts: SvgPart[]; legends: LegendItem[][]; fontFamily: string; fontCss: string }): ChartPicture {
  const width = Math.ceil(Math.max(320, textWidth(title, 16) + 2 * PAD, ...parts.map((p) => p.width + 2 * PAD)));
  let y = PAD + (title ? TITLE_HEIGHT : 0);
  const body: string[] = [];
  parts.forEach((p, i) => {
    body.push(`<g transform="translate(${PAD},${y})">${p.markup}</g>`);
    y += p.height;
    const items = legends[i] ?? [];
    if (items.length) {
      let x = PAD;
      const row: string[] = [];
      for (const it of items) {
        row.push(`<rect x="${x}" y="${y + 6}" width="10" height="10" fill="${escapeXml(it.color)}"/><text x="${x + 14}" y="${y + 15}" font-size="12" fill="#333">${escapeXml(it.text)}</text>`);
        x += 14 + textWidth(it.text, 12) + 16;
      }
      body.push(`<g>${row.join("")}</g>`);
      y += LEGEND_HEIGHT;
    }
    y += PAD;
  });
  const height = Math.ceil(y);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(fontFamily)}">` +
    (fontCss ? `<defs><style>${fontCss.replace(/]]>/g, "")}</style></defs>` : "") +
    `<rect width="100%" height="100%" fill="#fff"/>` +
    (title ? `<text x="${PAD}" y="${PAD + 18}" font-size="16" font-weight="700" fill="#222">${escapeXml(title)}</text>` : "") +
    body.join("") +
    `</svg>`;
  return { svg, width, height };
}

// A copy of an element with the computed style of each of its elements written on it.
function inlined(svg: SVGSVGElement): SvgPart {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll("*")];
  const to = [copy, ...copy.querySelectorAll("*")];
  from.forEach((el, i) => {
    const cs = getComputedStyle(el);
    const style = STYLE_PROPS.map((p) => [p, cs.getPropertyValue(p)] as const)
      .filter(([, v]) => v && v !== "normal" && v !== "auto")
      .map(([p, v]) => `${p}:${v}`)
      .join(";");
    to[i]!.setAttribute("style", style);
    to[i]!.removeAttribute("class");
  });
  const { width, height } = svg.getBoundingClientRect();
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height));
  copy.removeAttribute("xmlns");
  return { markup: new XMLSerializer().serializeToString(copy).replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, ""), width, height };
}

function legendOf(wrapper: Element): LegendItem[] {
  return [...wrapper.querySelectorAll(".recharts-legend-item")].map((li) => {
    const shape = li.querySelector("path, rect, line");
    const color = shape ? getComputedStyle(shape).getPropertyValue("fill") || shape.getAttribute("fill") || "#999" : "#999";
    return { color, text: li.querySelector(".recharts-legend-item-text")?.textContent ?? li.textContent ?? "" };
  });
}

// Which code points a unicode-range ("U+4E00-9FFF, U+3000") covers.
export function inUnicodeRange(range: string, cp: number): boolean {
  if (!range.trim()) return true;
  return range.split(",").some((part) => {
    const m = /U\+([0-9A-F?]+)(?:-([0-9A-F]+))?/i.exec(part.trim());
    if (!m) return false;
    const lo = parseInt(m[1]!.replace(/\?/g, "0"), 16);
    const hi = m[2] ? parseInt(m[2], 16) : parseInt(m[1]!.replace(/\?/g, "F"), 16);
    return cp >= lo && cp <= hi;
  });
}

const base64 = async (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result as string);
    r.onerror = () => reject(r.error);
    r.readAsDataURL(blob);
  });

// Font files already read, by URL: a page downloads the same few subsets again and again.
const fontData = new Map<string, Promise<string | null>>();
const readFont = (url: string) => {
  if (!fontData.has(url)) fontData.set(url, fetch(url).then(async (r) => (r.ok ? base64(await r.blob()) : null)).catch(() => null));
  return fontData.get(url)!;
};

// The @font-face rules of the page's own fonts (from npm, served with the console) that the text
// needs, their files inlined as data: URLs: only the subsets holding the characters used.
async function fontCssFor(text: string, families: string[]): Promise<string> {
  const cps = new Set([...text].map((c) => c.codePointAt(0)!));
  const rules: string[] = [];
  for (const sheet of [...document.styleSheets]) {
    let list: CSSRuleList;
    try {
      list = sheet.cssRules;
    } catch {
      continue; // another origin's sheet: not ours to read
    }
    for (const rule of [...list]) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const family = rule.style.getPropertyValue("font-family").replace(/["']/g, "").trim();
      if (!families.includes(family)) continue;
      // the charts' text is regular, the title bold: the other weights would only add size
      if (!["400", "700", "normal", "bold"].includes(rule.style.getPropertyValue("font-weight") || "400")) continue;
      const range = rule.style.getPropertyValue("unicode-range");
      if (![...cps].some((cp) => inUnicodeRange(range, cp))) continue;
      const url = /url\(["']?([^"')]+)["']?\)\s*format\(["']?woff2/.exec(rule.style.getPropertyValue("src"))?.[1] ?? /url\(["']?([^"')]+)["']?\)/.exec(rule.style.getPropertyValue("src"))?.[1];
      if (!url || url.startsWith("data:")) continue;
      const data = await readFont(new URL(url, sheet.href ?? location.href).href);
      if (!data) continue;
      rules.push(
        `@font-face{font-family:"${family}";font-style:${rule.style.getPropertyValue("font-style") || "normal"};font-weight:${rule.style.getPropertyValue("font-weight") || "400"};src:url(${data}) format("woff2");unicode-range:${range || "U+0-10FFFF"}}`,
      );
    }
  }
  return rules.join("");
}

// The charts inside `root` (each recharts chart with its legend) as one picture titled `title`.
// A card without a chart is pictured by its tables of figures. An empty title: no title line (a
// caption under the picture says it).
export async function chartPicture(root: HTMLElement, title: string, tables: Sheet[] = []): Promise<ChartPicture> {
  const wrappers = [...root.querySelectorAll(".recharts-wrapper")];
  const parts: SvgPart[] = [];
  const legends: LegendItem[][] = [];
  for (const w of wrappers) {
    const svg = w.querySelector(":scope > svg");
    if (!(svg instanceof SVGSVGElement)) continue;
    const part = inlined(svg);
    // recharts keeps room at the chart's foot for its (HTML) legend: the legend drawn in takes it
    const legend = legendOf(w);
    const room = legend.length ? (w.querySelector(".recharts-legend-wrapper")?.getBoundingClientRect().height ?? 0) : 0;
    parts.push({ ...part, height: Math.max(0, part.height - room) });
    legends.push(legend);
  }
  if (!parts.length) for (const t of tables) parts.push(tablePart(t));
  const fontFamily = getComputedStyle(root).fontFamily;
  // the page's own fonts, whichever the chart's text asks for first (the review asks for a serif it
  // may not have, then these)
  const families = [...fontFamily.split(",").map((f) => f.replace(/["']/g, "").trim()), "Roboto", "Noto Sans SC"];
  // every character drawn: the title, the charts' and tables' text, the legends
  const text = title + parts.map((p) => p.markup.replace(/<[^>]*>/g, "")).join("") + legends.flat().map((l) => l.text).join("") + "0123456789";
  const fontCss = await fontCssFor(text, families).catch(() => "");
  return composeSvg({ title, parts, legends, fontFamily, fontCss });
}

// A table of figures drawn as SVG, for a card that has numbers and no chart.
export function tablePart(sheet: Sheet): SvgPart {
  const size = 12;
  const rowHeight = 22;
  const text = (v: unknown) => (typeof v === "number" ? v.toLocaleString("zh-CN") : cellText(v));
  const grid = [sheet.columns.map((c) => c.header), ...sheet.rows.map((r) => sheet.columns.map((_, i) => text(r[i])))];
  const widths = sheet.columns.map((_, i) => Math.min(320, Math.max(...grid.map((r) => textWidth(r[i] ?? "", size))) + 16));
  const out: string[] = [];
  grid.forEach((row, r) => {
    let x = 0;
    const y = r * rowHeight;
    if (r === 0) out.push(`<rect x="0" y="0" width="${widths.reduce((a, b) => a + b, 0)}" height="${rowHeight}" fill="#eee"/>`);
    row.forEach((cell, c) => {
      // numbers right-aligned, as in the card
      const right = r > 0 && c > 0 && typeof sheet.rows[r - 1]![c] === "number";
      out.push(
        `<text x="${right ? x + widths[c]! - 8 : x + 8}" y="${y + 15}" font-size="${size}" fill="#222"${right ? ' text-anchor="end"' : ""}${r === 0 ? ' font-weight="700"' : ""}>${escapeXml(cell)}</text>`,
      );
      x += widths[c]!;
    });
    out.push(`<line x1="0" x2="${x}" y1="${y + rowHeight}" y2="${y + rowHeight}" stroke="#ddd"/>`);
  });
  return { markup: out.join(""), width: widths.reduce((a, b) => a + b, 0), height: grid.length * rowHeight };
}

export const svgBlob = (p: ChartPicture) => new Blob([p.svg], { type: "image/svg+xml" });

const loadImage = async (svg: string) => {
  const img = new Image();
  img.src = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  await img.decode();
  return img;
};

const pixels = (img: HTMLImageElement, width: number, height: number) => {
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext("2d", { willReadFrequently: true })!;
  ctx.drawImage(img, 0, 0, width, height);
  return ctx.getImageData(0, 0, width, height).data;
};
const same = (a: Uint8ClampedArray, b: Uint8ClampedArray) => a.length === b.length && a.every((v, i) => v === b[i]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// An SVG image loads its embedded fonts after it has decoded, and draws its text only once they are
// there: wait until it looks different from the same picture without text, then until it stops
// changing (one subset after another), before drawing it for good. 5 s at most.
async function withFonts(p: ChartPicture): Promise<HTMLImageElement> {
  const img = await loadImage(p.svg);
  const bare = pixels(await loadImage(p.svg.replace(/<text\b[\s\S]*?<\/text>/g, "")), p.width, p.height);
  let last = pixels(img, p.width, p.height);
  const until = Date.now() + 5000;
  while (same(last, bare) && Date.now() < until) {
    await sleep(50);
    last = pixels(img, p.width, p.height);
  }
  for (let next; Date.now() < until; last = next) {
    await sleep(100);
    next = pixels(img, p.width, p.height);
    if (same(next, last)) break;
  }
  return img;
}

// The picture drawn at `scale` times its size on a white canvas, as PNG bytes.
export async function pngBlob(p: ChartPicture, scale = 2): Promise<Blob> {
  const img = await withFonts(p);
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(p.width * scale);
  canvas.height = Math.round(p.height * scale);
  const ctx = canvas.getContext("2d")!;
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, p.width, p.height);
  URL.revokeObjectURL(img.src);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG"))), "image/png"));
}
