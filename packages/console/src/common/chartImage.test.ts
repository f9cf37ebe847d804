// The pictures of charts, without a browser: the SVG composed from the charts' parts (title, legends,
// embedded font rules), its text escaped whatever it holds, tables drawn for cards without a chart, and
// which font subsets a text needs. The browser part (computed styles, the PNG) runs in e2e/export.test.ts.
import { describe, expect, it } from "vitest";
import { composeSvg, escapeXml, inUnicodeRange, tablePart, textWidth } from "./chartImage";

// Tags open and close in order, attributes quoted, no raw & or < in text: the SVG is well-formed XML.
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  const text = xml.replace(/<[^>]*>/g, (tag) => {
    const m = /^<(\/?)([\w:-]+)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>$/.exec(tag);
    if (!m) throw new Error(`bad tag ${tag.slice(0, 80)}`);
    if (m[1]) {
      if (stack.pop() !== m[2]) throw new Error(`unbalanced ${tag}`);
    } else if (!m[4]) stack.push(m[2]!);
    return "";
  });
  if (/[<>]|&(?!(amp|lt|gt|quot|apos);)/.test(text)) throw new Error("raw markup in text");
  return stack.length === 0;
}

const odd = `=1+1 <script>alert("x")</script> & 'quotes' 👩‍🌾 𠮷 \u0007`;

describe("composeSvg", () => {
  it("stacks the charts under the title with their legends, sized to hold them", () => {
    const picture = composeSvg({
      title: "2024年代表构成",
      parts: [
        { markup: '<svg width="500" height="300"><rect width="10" height="10" style="fill:#b71c1c"/></svg>', width: 500, height: 300 },
        { markup: '<svg width="400" height="200"></svg>', width: 400, height: 200 },
      ],
      legends: [[{ color: "#b71c1c", text: "市级" }, { color: "rgb(21, 101, 192)", text: "县级" }], []],
      fontFamily: 'Roboto, "Noto Sans SC", sans-serif',
      fontCss: '@font-face{font-family:"Noto Sans SC";src:url(data:font/woff2;base64,AAAA) format("woff2")}',
    });
    expect(wellFormed(picture.svg)).toBe(true);
    expect(picture.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    // 12 padding each side of the widest chart; title 32, charts, one legend row of 22, padding 12 after each
    expect(picture.width).toBe(524);
    expect(picture.height).toBe(12 + 32 + 300 + 22 + 12 + 200 + 12);
    expect(picture.svg).toContain(`width="524" height="${picture.height}"`);
    expect(picture.svg).toContain("2024年代表构成");
    expect(picture.svg).toContain('fill="#b71c1c"/><text');
    expect(picture.svg).toContain(">县级</text>");
    expect(picture.svg).toContain('<g transform="translate(12,44)"><svg width="500"');
    expect(picture.svg).toContain('<g transform="translate(12,378)"><svg width="400"');
    expect(picture.svg).toContain("<defs><style>@font-face{font-family:\"Noto Sans SC\"");
    expect(picture.svg).toContain('font-family="Roboto, &quot;Noto Sans SC&quot;, sans-serif"');
  });

  it("escapes any title and legend text; no title, no title line", () => {
    const picture = composeSvg({ title: odd, parts: [], legends: [], fontFamily: "serif", fontCss: "" });
    expect(wellFormed(picture.svg)).toBe(true);
    expect(picture.svg).not.toContain("<script");
    expect(picture.svg).toContain("=1+1 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;quotes&apos; 👩‍🌾 𠮷 </text>");
    const bare = composeSvg({ title: "", parts: [{ markup: "<g/>", width: 100, height: 50 }], legends: [[{ color: '"red', text: odd }]], fontFamily: "serif", fontCss: "" });
    expect(wellFormed(bare.svg)).toBe(true);
    expect(bare.svg).not.toContain('font-weight="700"');
    expect(bare.height).toBe(12 + 50 + 22 + 12);
    expect(bare.svg).toContain('fill="&quot;red"');
  });
});

describe("tablePart", () => {
  it("draws every header and cell, numbers right-aligned in the card's format", () => {
    const part = tablePart({
      name: "站点",
      columns: [{ header: "" }, { header: "联络站" }, { header: "联络室" }],
      rows: [
        ["七星关区", 1487, 12],
        ["<威宁县>", 0, null],
      ],
    });
    const svg = `<svg>${part.markup}</svg>`;
    expect(wellFormed(svg)).toBe(true);
    for (const t of ["联络站", "联络室", "七星关区", "1,487", "12", "&lt;威宁县&gt;"]) expect(svg).toContain(`>${t}</text>`);
    expect(svg.match(/text-anchor="end"/g)).toHaveLength(3); // 1,487, 12 and 0; the empty cell is no number
    expect(part.height).toBe(3 * 22);
    expect(part.width).toBe(textWidth("&lt;威宁县&gt;".replace(/&lt;/, "<").replace(/&gt;/, ">"), 12) + 16 + (textWidth("联络站", 12) + 16) * 2);
  });
});

describe("fonts", () => {
  it("reads unicode-range as CSS does", () => {
    const range = "U+4E00-4E0F, U+3000, U+1F6??";
    expect(inUnicodeRange(range, 0x4e00)).toBe(true);
    expect(inUnicodeRange(range, 0x4e0f)).toBe(true);
    expect(inUnicodeRange(range, 0x4e10)).toBe(false);
    expect(inUnicodeRange(range, 0x3000)).toBe(true);
    expect(inUnicodeRange(range, 0x1f600)).toBe(true);
    expect(inUnicodeRange(range, 0x41)).toBe(false);
    expect(inUnicodeRange("", 0x41)).toBe(true); // a face without a range covers everything
  });

  it("escapes what XML cannot hold", () => {
    expect(escapeXml("a\u0000b\u001Fc&")).toBe("abc&amp;");
  });
});
