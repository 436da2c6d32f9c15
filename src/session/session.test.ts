import { session, type RibbonNotice } from "./session";

const notice = (en: string): RibbonNotice => ({ level: "info", text: { th: en, en } });

beforeEach(() => session.reset());

describe("session.onRibbonNotice", () => {
  it("hears each new ribbon notice once, not the one kept before it listened, nor other changes", () => {
    session.update({ ribbonNotice: notice("before") });
    const heard: string[] = [];
    const stop = session.onRibbonNotice((n) => heard.push(n.text.en));
    session.update({ busy: true });
    session.update({ ribbonNotice: notice("first") });
    session.update({ busy: false }); // the same notice still kept: not heard again
    session.update({ ribbonNotice: notice("second") });
    stop();
    session.update({ ribbonNotice: notice("after stop") });
    expect(heard).toEqual(["first", "second"]);
    expect(session.get().ribbonNotice?.text.en).toBe("after stop");
  });
});
