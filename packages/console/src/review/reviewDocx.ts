// The yearly review as a Word document (.docx), made in the browser: the form in which the office
// circulates it. Title in 小标宋 2号, headings in 黑体 3号, text in 仿宋 3号 with a two-character
// indent, A4 with the margins of an official document; Word substitutes fonts a machine lacks.
import { AlignmentType, Document, LineRuleType, Packer, Paragraph, TextRun } from "docx";
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

export function reviewDocx(blocks: Block[], title: string): Document {
  return new Document({
    title,
    creator: "毕节市人大常委会",
    sections: [
      {
        // A4, margins 3.7 cm top, 3.5 cm bottom, 2.8 cm left, 2.6 cm right (in twips).
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
        children: blocks.map(paragraph),
      },
    ],
  });
}

export async function downloadReviewDocx(blocks: Block[], title: string): Promise<void> {
  downloadBlob(await Packer.toBlob(reviewDocx(blocks, title)), `${title}.docx`);
}
