// A deputy's duty record of a year as a Word document (.docx), made in the browser in the form the
// Standing Committee files it (代表履职档案): title, a table of who the deputy is, a table of the
// year's figures with the points, then each kind of work listed. Fonts as the yearly review's.
import { AlignmentType, Document, LineRuleType, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { downloadBlob } from "../common/download";

export type DocSection = { heading: string; lines: string[] };
export type DocModel = { title: string; facts: [string, string][]; figures: [string, string][]; sections: DocSection[] };

const font = (eastAsia: string) => ({ ascii: "Times New Roman", hAnsi: "Times New Roman", cs: "Times New Roman", eastAsia });
const text = (t: string, eastAsia = "仿宋_GB2312", size = 28, bold = false) => new TextRun({ text: t, font: font(eastAsia), size, bold });
const exactly = { line: 520, lineRule: LineRuleType.EXACT };

function pairTable(pairs: [string, string][]): Table {
  // two pairs per row: label, value, label, value
  const rows: TableRow[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const cells = [pairs[i]!, pairs[i + 1] ?? ["", ""]].flatMap(([label, value]) => [
      new TableCell({ width: { size: 18, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [text(label, "黑体", 24)] })] }),
      new TableCell({ width: { size: 32, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [text(value, "仿宋_GB2312", 24)] })] }),
    ]);
    rows.push(new TableRow({ children: cells }));
  }
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}

export function dutyRecordDocx(model: DocModel): Document {
  const heading = (t: string) => new Paragraph({ spacing: { before: 240, ...exactly }, children: [text(t, "黑体", 32)] });
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 400, line: 700, lineRule: LineRuleType.EXACT }, children: [text(model.title, "方正小标宋简体", 44)] }),
    heading("一、基本情况"),
    pairTable(model.facts),
    heading("二、年度履职情况"),
    pairTable(model.figures),
  ];
  const numerals = ["三", "四", "五", "六", "七", "八", "九", "十"];
  model.sections.forEach((s, i) => {
    children.push(heading(`${numerals[i] ?? i + 3}、${s.heading}`));
    for (const line of s.lines.length ? s.lines : ["无"]) {
      children.push(new Paragraph({ indent: { firstLine: 560 }, spacing: exactly, children: [text(line)] }));
    }
  });
  return new Document({
    title: model.title,
    creator: "毕节市人大常委会",
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } }, children }],
  });
}

export async function downloadDutyRecordDocx(model: DocModel): Promise<void> {
  downloadBlob(await Packer.toBlob(dutyRecordDocx(model)), `${model.title}.docx`);
}
