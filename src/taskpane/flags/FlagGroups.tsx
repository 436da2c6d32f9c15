// Flags grouped as the officer works through them: due by now, pending, missing, errors, other warnings, then KPIs
// left out of the total (5-point scale) and notes.
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, makeStyles, Subtitle2 } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Flag, Scorecard } from "../../scorecard";
import { FLAG_GROUP_ORDER, groupFlags, kpiOf, kpisById, sharedQuote } from "./groupFlags";
import { FlagItem } from "./FlagItem";
import { useUi } from "../strings/ui";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: "2px" },
});

export function FlagGroups({ scorecard, onSelect }: { scorecard: Scorecard; onSelect: (flag: Flag) => void }) {
  const { t, fmt } = useUi();
  const styles = useStyles();
  const groups = useMemo(() => groupFlags(scorecard.flags), [scorecard.flags]);
  const byId = useMemo(() => kpisById(scorecard.kpis), [scorecard.kpis]);
  const present = FLAG_GROUP_ORDER.filter((key) => groups[key].length > 0);
  return (
    <section aria-labelledby="flags-heading">
      <Subtitle2 as="h2" id="flags-heading">
        {t.flagsHeading}
      </Subtitle2>
      {present.length === 0 && <Body1 block>{t.noFlags}</Body1>}
      <Accordion multiple collapsible defaultOpenItems={["overdue", "pending", "missing", "errors", "excluded"]}>
        {present.map((key) => {
          // Pending notes (due by now or not) said once in the heading when they agree, else on each item
          // ("ทราบผล เดือน ธ.ค. ๖๖"); the group's name says the rest, so its items are KPIs, not messages.
          const notes = key === "pending" || key === "overdue";
          const quoted = notes ? sharedQuote(groups[key]) : undefined;
          return (
            <AccordionItem key={key} value={key} data-group={key}>
              <AccordionHeader as="h3">{t.groupHeading(t.groups[key], fmt.plain(groups[key].length), quoted)}</AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list}>
                  {groups[key].map((flag, i) => (
                    <li key={`${flag.code}-${flag.cell}-${i}`}>
                      <FlagItem
                        flag={flag}
                        kpi={kpiOf(byId, flag)}
                        showMessage={key === "errors" || key === "warnings" || key === "notes"}
                        // An excluded KPI's own words say why ("ยกเลิกตัวชี้วัด", "เริ่มรอบถัดไป").
                        showQuoted={(notes && quoted === undefined) || key === "excluded"}
                        onSelect={onSelect}
                      />
                    </li>
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </section>
  );
}
