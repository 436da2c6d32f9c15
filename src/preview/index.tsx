// Entry of preview.html (development builds only): no Office, no office.js. Opens a workbook served from
// dist/fixtures (?file=name.xlsx) in memory and shows the pane beside it; ?lang=en for English, ?theme=dark,
// ?width=320 for the pane's width in pixels (Excel's task pane is 320–350 px wide unless the user drags it).
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import type { Bilingual, Lang } from "../scorecard";
import { PreviewPage, PREVIEW_FILES } from "./PreviewPage";
import { PreviewHost } from "./previewHost";

const params = new URLSearchParams(location.search);
const lang: Lang = params.get("lang") === "en" ? "en" : "th";
const dark = params.get("theme") === "dark";
const asked = Number(params.get("width"));
const width = Number.isInteger(asked) && asked >= 240 && asked <= 800 ? asked : 360;
const requested = params.get("file") ?? PREVIEW_FILES[0];
// Only plain file names from the fixtures folder.
const file = /^[\w.-]+\.xlsx$/.test(requested) ? requested : PREVIEW_FILES[0];

const root = createRoot(document.getElementById("root")!);
const show = (node: ReactNode) => root.render(node);
document.documentElement.lang = lang;

async function main() {
  const response = await fetch(`fixtures/${file}`);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  const host = await PreviewHost.open(new Uint8Array(await response.arrayBuffer()));
  show(<PreviewPage host={host} lang={lang} file={file} dark={dark} width={width} />);
}

/** Said in both languages: the page may fail before it knows which one the pane speaks. */
const CANNOT_OPEN: Bilingual = { th: "เปิดไฟล์ตัวอย่างไม่ได้", en: "Could not open the preview workbook" };

main().catch((error: unknown) => {
  show(
    <p role="alert" style={{ padding: 16, fontFamily: "sans-serif" }}>
      {`${CANNOT_OPEN.th} · ${CANNOT_OPEN.en}: ${error instanceof Error ? error.message : String(error)}`}
    </p>,
  );
});
