// A plain HTML table of the viewed sheet: cell text, fills, merged cells, the selected cell outlined.
import { useEffect, useState, useSyncExternalStore } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { PreviewHost } from "./previewHost";
import { viewModel, type ViewModel } from "./gridModel";

const useStyles = makeStyles({
  wrap: { overflow: "auto", flexGrow: 1, minHeight: 0, backgroundColor: tokens.colorNeutralBackground1 },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  head: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
    textAlign: "end",
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
    maxWidth: "220px",
    verticalAlign: "top",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    color: "#242424", // cells keep Excel's light look whatever the theme, so fills stay readable
  },
  numeric: { textAlign: "end" },
  nowrap: { whiteSpace: "nowrap" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
});

export function GridView({ host }: { host: PreviewHost }) {
  const styles = useStyles();
  const version = useSyncExternalStore(host.subscribe, host.getVersion);
  const [sheet, setSheet] = useState<string>("");
  const [model, setModel] = useState<ViewModel | null>(null);

  useEffect(() => {
    let live = true;
    host.activeSheet().then(async (name) => {
      const grid = await host.readGrid(name);
      if (!live) return;
      setSheet(name);
      setModel(viewModel(grid, (r, c) => host.fill(name, r, c)));
    });
    return () => {
      live = false;
    };
  }, [host, version]);

  if (!model) return null;
  const selected = host.selection?.sheetName === sheet ? host.selection.address : null;
  return (
    <div className={styles.wrap} role="region" aria-label={`Sheet ${sheet}`} tabIndex={0} data-testid="grid">
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={styles.head} scope="col">
              #
            </th>
            {model.columns.map((c) => (
              <th key={c.col} className={styles.head} scope="col">
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((r) => (
            <tr key={r.row}>
              <th className={styles.rowHead} scope="row">
                {r.row + 1}
              </th>
              {r.cells.map((c) => (
                <td
                  key={c.address}
                  rowSpan={c.rowSpan}
                  colSpan={c.colSpan}
                  data-addr={c.address}
                  data-fill={c.fill ?? undefined}
                  data-selected={c.address === selected ? "true" : undefined}
                  className={mergeClasses(styles.cell, c.numeric && styles.numeric, c.nowrap && styles.nowrap, c.address === selected && styles.selected)}
                  style={{ backgroundColor: c.fill ?? "#ffffff" }}
                >
                  {c.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
