// inquiry-triage web queue: our own small script (no framework, no inline script: the CSP forbids it).
// 1. Polls the queue's rows (tbody[data-poll]) every data-poll-seconds and swaps them in, so a task
//    claimed by someone else leaves the list within seconds. Paused while the tab is hidden.
// 2. Keys: j / k move the selection, Enter opens it, c claims, n / s / r go to the note, snooze and
//    reply fields, ? shows the keys. Keys are ignored while typing in a field.
// 3. Times: every <time datetime data-style> is written again in the browser's own locale and time
//    zone (Intl.DateTimeFormat); one with data-zone (a buyer's clock) stays in that zone. The
//    server's text (the user's interface language, the seller's clock) stays when Intl cannot.
(function () {
  "use strict";

  var selected = -1;

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll("tr.task"));
  }

  function select(index) {
    var all = rows();
    if (!all.length) { selected = -1; return; }
    selected = Math.max(0, Math.min(index, all.length - 1));
    all.forEach(function (row, i) { row.classList.toggle("selected", i === selected); });
    all[selected].scrollIntoView({ block: "nearest" });
  }

  function root() {  // the path prefix a reverse proxy serves us under ("" at /)
    return (document.body && document.body.getAttribute("data-root")) || "";
  }

  function localTimes(within) {
    Array.prototype.forEach.call(within.querySelectorAll("time[datetime][data-style]"), function (el) {
      var at = new Date(el.getAttribute("datetime"));
      if (isNaN(at.getTime())) { return; }
      var options = { weekday: "short", hour: "2-digit", minute: "2-digit" };
      if (el.getAttribute("data-style") === "full") { options.day = "numeric"; options.month = "short"; }
      if (el.getAttribute("data-year")) { options.year = "numeric"; }
      var zone = el.getAttribute("data-zone");
      if (zone) { options.timeZone = zone; }
      try {
        el.textContent = new Intl.DateTimeFormat(undefined, options).format(at);
        el.setAttribute("data-local", "1");
      } catch (error) { /* an unknown zone or no Intl: the server's text stays */ }
    });
  }

  function poll(body) {
    var url = body.getAttribute("data-poll");
    var seconds = parseInt(body.getAttribute("data-poll-seconds"), 10) || 5;
    function tick() {
      if (document.hidden) { return; }
      fetch(url, { credentials: "same-origin", headers: { "Accept": "text/html" } }).then(function (response) {
        if (response.status === 401) { window.location.assign(root() + "/login"); return null; }
        return response.ok ? response.text() : null;
      }).then(function (html) {
        if (html === null || html === undefined) { return; }
        var keep = selected >= 0 && rows()[selected] ? rows()[selected].getAttribute("data-task") : null;
        // The fragment is our own server's autoescaped HTML, parsed inert in a template.
        var template = document.createElement("template");
        template.innerHTML = "<table><tbody>" + html + "</tbody></table>";
        var fresh = template.content.querySelector("tbody");
        body.replaceChildren.apply(body, Array.prototype.slice.call(fresh.childNodes));
        localTimes(body);
        if (keep !== null) {
          var again = rows().findIndex(function (row) { return row.getAttribute("data-task") === keep; });
          select(again >= 0 ? again : selected);
        }
      }).catch(function () { /* the server is restarting: try again next tick */ });
    }
    window.setInterval(tick, seconds * 1000);
  }

  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }

  function press(key) {
    var button = document.querySelector("[data-key='" + key + "']");
    if (button) { button.click(); return true; }
    return false;
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) { return; }
    if (event.key === "j") { select(selected + 1); }
    else if (event.key === "k") { select(selected - 1); }
    else if (event.key === "Enter" && selected >= 0 && rows()[selected]) {
      window.location.assign(rows()[selected].getAttribute("data-href"));
    }
    else if (event.key === "n") {
      var note = document.getElementById("note-text");
      if (note) { note.focus(); event.preventDefault(); }
    }
    else if (event.key === "s") {
      var until = document.getElementById("until");
      if (until) { until.focus(); event.preventDefault(); }
    }
    else if (event.key === "c") { press("c"); }
    else if (event.key === "r") {
      var channel = document.getElementById("reply-channel");
      if (channel) { channel.focus(); event.preventDefault(); }
    }
    else if (event.key === "?") {
      var help = document.querySelector(".keys");
      if (help) { help.classList.toggle("shown"); }
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    localTimes(document);
    var body = document.querySelector("tbody[data-poll]");
    if (body) { poll(body); }
  });
})();
