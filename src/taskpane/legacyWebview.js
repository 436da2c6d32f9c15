// Runs before the pane's bundle, in every webview Office may use, so it is ES5 and nothing newer: Internet
// Explorer 11 (Trident), which Office 2016/2019 perpetual and Windows machines without WebView2 use for add-ins
// (with a <Runtimes> element in the manifest Office never picks Edge Legacy for us, but the check covers it),
// cannot parse the bundle (ES2020, React 18, Fluent UI 9), and the pane would stay on "กำลังโหลด…".
// There it shows the page's #legacy-webview explanation instead, marks <html data-legacy-webview> so that the
// bundle (where it does run) stays out of the way, and answers the ribbon's คำนวณคะแนน: it opens the pane (shared
// runtime) or this same page in a dialog, where the explanation shows, and always completes the event, so the
// button never hangs.
// webpack writes it into taskpane.html and allows it by its hash in the page's Content-Security-Policy;
// legacyWebview.test.ts parses it as ES5 and runs it against an IE11 user agent.
(function () {
  var FUNCTIONS = ["recalculateSheet"]; // the manifest's ExecuteFunction names (src/commands/registerRibbon.ts)
  var DIALOG_WAIT_MS = 60000; // a safety net only: Office calls back when the dialog opens, or fails to

  var ua = (window.navigator && navigator.userAgent) || "";
  var trident = ua.indexOf("Trident/") !== -1 || ua.indexOf("MSIE ") !== -1;
  var edgeHtml = ua.indexOf("Edge/") !== -1; // Edge Legacy; Chromium-based Edge says "Edg/"
  // Features that came with the syntax the bundle uses (ES2020: optional chaining arrived with replaceAll in
  // Safari 13.1 and Chrome 85): an old Safari on a Mac lacks them too.
  var oldEngine =
    typeof Promise === "undefined" ||
    typeof Promise.allSettled !== "function" ||
    typeof globalThis === "undefined" ||
    typeof String.prototype.replaceAll !== "function";
  if (!trident && !edgeHtml && !oldEngine) return;

  document.documentElement.setAttribute("data-legacy-webview", trident ? "trident" : edgeHtml ? "edgehtml" : "old-engine");
  var root = document.getElementById("root");
  var message = document.getElementById("legacy-webview");
  if (root) root.style.display = "none";
  if (message) message.style.display = "block";

  if (typeof Office === "undefined") return; // office.js did not load: no ribbon to answer

  function pageUrl() {
    return location.protocol + "//" + location.host + location.pathname;
  }

  function explain(event) {
    var done = false;
    function complete() {
      if (done) return;
      done = true;
      try {
        event.completed();
      } catch (e) {
        // nothing more to do: the event is Office's
      }
    }
    try {
      var ui = Office.context && Office.context.ui;
      var requirements = Office.context && Office.context.requirements;
      if (requirements && requirements.isSetSupported("SharedRuntime", "1.1") && Office.addin && Office.addin.showAsTaskpane) {
        // The pane shares this runtime and shows the explanation: complete first, then show it (as the bundle does).
        complete();
        Office.addin.showAsTaskpane();
        return;
      }
      if (ui && requirements && requirements.isSetSupported("DialogApi", "1.1")) {
        // Complete once the dialog is open (or failed to open): without a shared runtime, completing ends this
        // runtime ("Runtimes in Office Add-ins"), so not before; after a minute in any case, should Office never
        // call back, so that the button is never left working.
        ui.displayDialogAsync(pageUrl(), { height: 45, width: 30 }, complete);
        setTimeout(complete, DIALOG_WAIT_MS);
        return;
      }
    } catch (e) {
      // fall through: complete at once
    }
    complete();
  }

  for (var i = 0; i < FUNCTIONS.length; i++) {
    try {
      if (Office.actions && Office.actions.associate) Office.actions.associate(FUNCTIONS[i], explain);
    } catch (e) {
      // the global below still answers
    }
    window[FUNCTIONS[i]] = explain;
  }
  // Office's initialisation waits for the page to register for it.
  if (typeof Office.onReady === "function") Office.onReady(function () {});
  else Office.initialize = function () {};
})();
