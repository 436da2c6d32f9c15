// The workbook's sheet tabs under the grid, as in Excel.
import { useEffect, useState, useSyncExternalStore } from "react";
import { Tab, TabList } from "@fluentui/react-components";
import type { PreviewHost } from "./previewHost";

export function SheetTabs({ host }: { host: PreviewHost }) {
  const version = useSyncExternalStore(host.subscribe, host.getVersion);
  const [sheets, setSheets] = useState<string[]>([]);
  const [active, setActive] = useState("");
  useEffect(() => {
    host.listSheets().then(setSheets);
    host.activeSheet().then(setActive);
  }, [host, version]);
  return (
    <TabList size="small" selectedValue={active} onTabSelect={(_, data) => host.showSheet(String(data.value))} aria-label="Sheets">
      {sheets.map((name) => (
        <Tab key={name} value={name}>
          {name}
        </Tab>
      ))}
    </TabList>
  );
}
