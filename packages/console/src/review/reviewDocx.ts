// The yearly review as a Word document (.docx), made in the browser: the form in which the office
// circulates it. Title in 小标宋 2号, headings in 黑体 3号, text in 仿宋 3号 with a two-character
// indent, A4 with the margins of an official document; Word substitutes fonts a machine lacks. The
// review's charts follow the text (附图), as PNG pictures made from the page's charts, each captioned.
import { AlignmentType, Document, ImageRun, LineRuleType, Packer, Paragraph, TextRun } from "docx";
import { downloadBlob } from "../common/download";
import type { Block } from "./reviewDocument";

const font = (eastAsia: string) => ({ ascii: "Times New Roman", hAnsi: "Times New Roman", cs: "Times New Roman", eastAsia });
const exactly28pt = { line: 560, lineRule: LineRuleType.EXACT };

function paragraph(block: Block): Paragraph {
  const text = (s: Block["segments"][number]) => (typeof s === "string" ? s : s.text);
  switch (block.kind) {
    case "title":
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 560, line: 700, lineRule: LineRuleType.EXACT },
        children: [new TextRun({ text: block.segments.map(text).join(""), font: font("方正小标宋简体"), size: 44 })],
      });
    case "heading":
      return new Paragraph({
        indent: { firstLine: 640 },
        spacing: exactly28pt,
        children: [new TextRun({ text: block.segments.map(text).join(""), font: font("黑体"), size: 32 })],
      });
    default:
      return new Paragraph({
        indent: { firstLine: 640 },
        spacing: exactly28pt,
        alignment: AlignmentType.JUSTIFIED,
        children: block.segments.map((s) => new TextRun({ text: text(s), font: font(block.kind === "note" ? "楷体_GB2312" : "仿宋_GB2312"), size: block.kind === "note" ? 28 : 32 })),
      });
  }
}

// A chart as a picture: PNG bytes and its size in CSS pixels (the PNG itself may be drawn at 2x).
export type DocxChart = { title: string; png: Uint8Array; width: number; height: number };

// The text's width on the page below, in pixels at 96 to the inch (8,844 twips).
const TEXT_WIDTH_PX = 589;

function chartParagraphs(charts: DocxChart[]): Paragraph[] {
  if (!charts.length) return [];
  const out = [new Paragraph({ indent: { firstLine: 640 }, spacing: exactly28pt, children: [new TextRun({ text: "附图", font: font("黑体"), size: 32 })] })];
  charts.forEach((c, i) => {
    const scale = Math.min(1, TEXT_WIDTH_PX / c.width);
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 240 },
        children: [
          new ImageRun({
            type: "png",
            data: c.png,
            transformation: { width: Math.round(c.width * scale), height: Math.round(c.height * scale) },
            altText: { name: c.title, description: c.title, title: c.title },
          }),
        ],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 240 },
        children: [new TextRun({ text: `图${i + 1}　${c.title}`, font: font("仿宋_GB2312"), size: 28 })],
      }),
    );
  });
  return out;
}

export function reviewDocx(blocks: Block[], title: string, charts: DocxChart[] = []): Document {
  // the charts before the closing note on where the figures come from
  const note = blocks.at(-1)?.kind === "note" ? blocks.length - 1 : blocks.length;
  return new Document({
    title,
    creator: "毕节市人大常委会",
    sections: [
      {
        // A4, margins 3.7 cm top, 3.5 cm bottom, 2.8 cm left, 2.6 cm right (in twips).
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
        children: [...blocks.slice(0, note).map(paragraph), ...chartParagraphs(charts), ...blocks.slice(note).map(paragraph)],
      },
    ],
  });
}

export async function downloadReviewDocx(blocks: Block[], title: string, charts: DocxChart[] = []): Promise<void> {
  downloadBlob(await Packer.toBlob(reviewDocx(blocks, title, charts)), `${title}.docx`);
}
