// The engine's explanation of why a sheet is not (yet) a scorecard; it names the columns found and
// missing. The mapping form below asks for the missing ones.
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { NotAScorecard } from "../../scorecard";
import { engineText } from "../strings";
import { useUi } from "../strings/ui";

export function NotAScorecardCard({ reason }: { reason: NotAScorecard }) {
  const { lang, t } = useUi();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="not-a-scorecard">
      <MessageBarBody>
        <MessageBarTitle>{t.notAScorecard}</MessageBarTitle>
        {engineText(lang, reason)}
      </MessageBarBody>
    </MessageBar>
  );
}
