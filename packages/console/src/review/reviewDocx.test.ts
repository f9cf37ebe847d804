// The review's Word file carries the charts: each PNG becomes a part word/media/*.png, referenced from
// the document's text and captioned in order, after the text and before the closing note.
import JSZip from "jszip";
import { Packer } from "docx";
import { describe, expect, it } from "vitest";
import { reviewCharts } from "./reviewCharts";
import { reviewDocument, type Review, type ReviewFigure } from "./reviewDocument";
import { reviewDocx } from "./reviewDocx";

// A 1×1 PNG (red), whole: signature, IHDR, IDAT, IEND.
const png = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="),
  (c) => c.charCodeAt(0),
);

// Another picture (docx stores equal bytes once): the same with a byte after its end, which readers ignore.
const png2 = Uint8Array.from([...png, 0]);

const fig = (key: string, section: string, value: number, unit: string, label = key): ReviewFigure => ({ key, section, label, unit, value, resource: "stations", filter: {} });
const review: Review = {
  year: 2024,
  sessions: [],
  figures: [
    fig("trainingClasses", "training", 2, "期"),
    fig("activityPersonTimes", "activities", 2832, "人次", "代表参与履职活动👩‍🌾"),
    fig("legislationPersonTimes", "activities", 936, "人次", "<立法>&“调研”"),
    fig("stations", "support", 280, "个"),
    fig("rooms", "support", 1487, "个"),
  ],
};

describe("the review's charts", () => {
  it("puts side by side the figures that share a unit, a figure alone in its unit left out", () => {
    expect(reviewCharts(review).map((c) => [c.unit, c.figures.map((f) => f.key)])).toEqual([
      ["人次", ["activityPersonTimes", "legislationPersonTimes"]],
      ["个", ["stations", "rooms"]],
    ]);
  });
});

describe("reviewDocx", () => {
  it("holds each chart as a PNG part, shown in the text with its caption before the closing note", async () => {
    const blocks = reviewDocument(review, new Date(2025, 0, 5));
    const charts = [
      { title: "以人次计 <&>", png, width: 1200, height: 400 },
      { title: "以个计", png: png2, width: 300, height: 100 },
    ];
    const zip = await JSZip.loadAsync(await Packer.toBuffer(reviewDocx(blocks, "综述", charts)));
    const media = Object.keys(zip.files).filter((n) => n.startsWith("word/media/"));
    expect(media).toHaveLength(2);
    expect(await Promise.all(media.sort().map((m) => zip.file(m)!.async("uint8array")))).toEqual([png, png2]);
    const doc = await zip.file("word/document.xml")!.async("string");
    expect(doc.match(/<pic:pic\b/g)).toHaveLength(2);
    const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
    expect(rels.match(/relationships\/image"/g)).toHaveLength(2);
    // the wide chart scaled to the text's width (589 px = 5,609,590 EMU at 9,525 EMU a pixel), the small one as it is
    expect(doc).toContain(`cx="${589 * 9525}" cy="${Math.round(400 * (589 / 1200)) * 9525}"`);
    expect(doc).toContain(`cx="${300 * 9525}" cy="${100 * 9525}"`);
    const text = doc.replace(/<[^>]+>/g, "");
    expect(text).toContain("附图");
    expect(text).toContain("图1　以人次计 &lt;&amp;&gt;");
    expect(text.indexOf("图2　以个计")).toBeGreaterThan(text.indexOf("图1"));
    expect(text.indexOf("本综述数字由")).toBeGreaterThan(text.indexOf("图2　以个计"));
  });

  it("has no picture part when there is no chart", async () => {
    const zip = await JSZip.loadAsync(await Packer.toBuffer(reviewDocx(reviewDocument(review), "综述")));
    expect(Object.keys(zip.files).filter((n) => n.startsWith("word/media/"))).toEqual([]);
    expect((await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "")).not.toContain("附图");
  });
});
