// Dateline live pages (issue 14, docs/live.md): the one script a reader page runs.
// It asks the page's poll document (the same address for every reader, answered by the
// edge cache) for news every few seconds, and instead of moving the page under the
// reader it offers an "N new updates" button, announced politely to screen readers.
// Edits replace the entry in place; deletions remove it. It stops when coverage ends.
// Without it, a reload shows everything.
(function () {
  "use strict";
  var list = document.getElementById("live-entries");
  var button = document.querySelector("[data-live-new]");
  if (!list || !button || !window.fetch || !window.DOMParser) return;
  var url = list.getAttribute("data-poll");
  if (!url) return;
  var total = Number(list.getAttribute("data-total")) || 0;
  var pending = [];
  var pendingCount = 0;
  var delay = 10000;
  var timer = 0;

  function shownEntries() {
    var map = {};
    var items = list.querySelectorAll("li[data-entry]");
    for (var i = 0; i < items.length; i++) map[items[i].getAttribute("data-entry")] = items[i];
    return map;
  }

  function newestShownTime() {
    var first = list.querySelector("li[data-entry]");
    return first ? first.getAttribute("data-posted") : "";
  }

  function parseEntry(html) {
    var doc = new DOMParser().parseFromString("<ol>" + html + "</ol>", "text/html");
    return doc.querySelector("li[data-entry]");
  }

  // Tells the embed loader, when the page has one, that entries arrived (their embeds get
  // a "Load" button when the page's policy allows their player).
  function announce(node) {
    try {
      node.dispatchEvent(new CustomEvent("dateline:content", { bubbles: true }));
    } catch (e) {}
  }

  function showButton(count) {
    if (count <= 0) {
      button.hidden = true;
      button.textContent = "";
      return;
    }
    button.textContent = count === 1 ? "1 new update" : count + " new updates";
    button.hidden = false;
  }

  function apply(doc) {
    var shown = shownEntries();
    var newest = newestShownTime();
    var oldestCarried = doc.entries.length ? doc.entries[doc.entries.length - 1].postedAt : "";
    var carried = {};
    var fresh = [];
    for (var i = 0; i < doc.entries.length; i++) {
      var entry = doc.entries[i];
      carried[entry.id] = true;
      var existing = shown[entry.id];
      if (existing) {
        // Corrected since the page was drawn: replace it where it is.
        if ((existing.getAttribute("data-edited") || "") !== (entry.editedAt || "")) {
          var replacement = parseEntry(entry.html);
          if (replacement) {
            replacement = document.importNode(replacement, true);
            existing.replaceWith(replacement);
            announce(replacement);
          }
        }
      } else if (entry.postedAt > newest || !newest) {
        fresh.push(entry);
      }
    }
    // Deleted: an entry in the carried range that is no longer there.
    for (var id in shown) {
      if (!carried[id] && oldestCarried && shown[id].getAttribute("data-posted") >= oldestCarried) shown[id].remove();
    }
    pending = fresh;
    // More new entries than one answer carries: the button reloads instead.
    pendingCount = pending.length ? Math.max(fresh.length, doc.total - total) : 0;
    showButton(pendingCount);
    if (doc.state === "ended" || doc.state === "gone") {
      var status = document.querySelector("[data-live-status]");
      if (status && doc.state === "ended") {
        status.textContent = "Coverage ended";
        status.className = "";
      }
      return false;
    }
    return true;
  }

  button.addEventListener("click", function () {
    if (pending.length === 0) return;
    if (pendingCount > pending.length) {
      window.location.reload();
      return;
    }
    var first = null;
    for (var i = pending.length - 1; i >= 0; i--) {
      var node = parseEntry(pending[i].html);
      if (!node) continue;
      node = document.importNode(node, true);
      list.insertBefore(node, list.firstChild);
      announce(node);
      first = node;
    }
    total += pending.length;
    pending = [];
    pendingCount = 0;
    showButton(0);
    // Move focus to the newest entry, so keyboard and screen-reader users land on it.
    var target = first && first.querySelector("article");
    if (target) target.focus();
  });

  function schedule() {
    timer = window.setTimeout(poll, delay);
  }

  function poll() {
    timer = 0;
    if (document.hidden) return; // resumes on visibilitychange
    fetch(url, { credentials: "omit", headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.json();
      })
      .then(function (doc) {
        if (doc.poll) delay = Math.max(5, doc.poll) * 1000;
        if (apply(doc)) schedule();
      })
      .catch(function () {
        // Offline or a hiccup: try again, a little later each time (up to a minute).
        delay = Math.min(delay * 2, 60000);
        schedule();
      });
  }

  document.addEventListener("visibilitychange", function () {
    if (!document.hidden && !timer) poll();
  });
  schedule();
})();
