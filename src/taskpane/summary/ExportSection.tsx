// The Export menu's place in the pane. The menu itself (Fluent Menu, the replace dialog) is a lazy chunk
// that loads right after the pane shows, and the export code (src/export, jszip) a second one that loads
// only when an export is chosen: neither adds to the pane's first load. Until the menu arrives, the same
// button stands disabled in its place.
import { lazy, Suspense } from "react";
import { Button } from "@fluentui/react-components";
import { useUi } from "../strings/ui";
import type { ExportSectionProps } from "./ExportSection.types";

const ExportMenu = lazy(() => import("./ExportMenu"));

export function ExportSection(props: ExportSectionProps) {
  const { t } = useUi();
  return (
    <Suspense fallback={<Button disabledFocusable>{t.export.menu}</Button>}>
      <ExportMenu {...props} />
    </Suspense>
  );
}
