// The total in large type (out of 100, or out of 5 on a 5-point table), how many KPIs have reported, and how many
// still need attention or are left out of the total.
import { Badge, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { Scorecard } from "../../scorecard";
import { groupFlags } from "../flags/groupFlags";
import { useUi } from "../strings/ui";
import { kpiCounts, reportedText } from "./kpiCounts";

const useStyles = makeStyles({
  root: {
    display: "grid",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  totalLine: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  total: {
    fontSize: tokens.fontSizeHero900,
    lineHeight: tokens.lineHeightHero900,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  counts: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export function TotalCard({ scorecard }: { scorecard: Scorecard }) {
  const { t, fmt } = useUi();
  const styles = useStyles();
  const groups = groupFlags(scorecard.flags);
  const kpis = kpiCounts(scorecard.kpis);
  const counts = [
    // Every KPI still waiting for its result, whether or not its note's month has come.
    { key: "pending", label: t.counts.pending, n: groups.pending.length + groups.overdue.length, color: "warning" },
    { key: "missing", label: t.counts.missing, n: groups.missing.length, color: "danger" },
    { key: "errors", label: t.counts.errors, n: groups.errors.length, color: "danger" },
    // Cancelled or next round: no fault, so shown only where there is one, and never in a warning colour.
    ...(kpis.excluded ? [{ key: "excluded", label: t.counts.excluded, n: kpis.excluded, color: "informative" } as const] : []),
  ] as const;
  return (
    <section className={styles.root} aria-labelledby="total-heading">
      <Subtitle2 as="h2" id="total-heading">
        {scorecard.scale === 5 ? t.totalFivePoint : t.total}
      </Subtitle2>
      <div className={styles.totalLine}>
        {/* totalText: as the sheet shows it, two decimals out of 100, four out of 5. */}
        <span className={styles.total} data-testid="total">
          {fmt.plain(scorecard.totalText)}
        </span>
        <Caption1 data-testid="out-of">{t.outOf(fmt.plain(scorecard.scale))}</Caption1>
      </div>
      {/* How far the round has come, worded as the summary words it. */}
      <Caption1 data-testid="reported">{reportedText(t, fmt.plain, kpis)}</Caption1>
      <div className={styles.counts} data-testid="counts">
        {counts.map((c) => (
          <Badge key={c.key} data-count={c.key} appearance={c.n ? "tint" : "outline"} color={c.n ? c.color : "informative"} size="large">
            {`${c.label} ${fmt.plain(c.n)}`}
          </Badge>
        ))}
      </div>
    </section>
  );
}
