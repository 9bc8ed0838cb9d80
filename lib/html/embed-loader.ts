import "server-only";
import { createHash } from "node:crypto";

// The one script a reader page may load, and only when its body has an embed with a
// player (issue 15). It turns each placeholder's link into a "Load" button and an
// "Always load from <provider>" choice kept in this browser's localStorage, and on the
// reader's click puts the player in a sandboxed iframe. Nothing reaches the provider
// before that. Served from /embeds/<hash>.js (app/(site)/embeds/[file]/route.ts), so
// it may be cached for a year. Plain ES2017, no dependencies, about 2 KB.
export const EMBED_LOADER_SOURCE = `(function () {
  "use strict";
  var KEY = "dateline.embeds.always";
  function readAlways() {
    try { var v = JSON.parse(localStorage.getItem(KEY) || "[]"); return Array.isArray(v) ? v : []; } catch (e) { return []; }
  }
  function writeAlways(list) {
    try { localStorage.setItem(KEY, JSON.stringify(list)); } catch (e) {}
  }
  function load(link) {
    var src = link.getAttribute("data-embed-player") || "";
    if (src.indexOf("https://") !== 0 || !link.parentNode) return;
    var frame = document.createElement("iframe");
    frame.src = src;
    frame.title = link.getAttribute("data-embed-title") || "Embedded content";
    frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation");
    frame.setAttribute("allow", "autoplay; encrypted-media; fullscreen; picture-in-picture");
    frame.setAttribute("allowfullscreen", "");
    frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    frame.className = "embed-frame " + (link.className.match(/embed-(wide|landscape|portrait|short|medium|tall)/) || [""])[0];
    var controls = link.nextElementSibling;
    if (controls && controls.classList.contains("embed-controls")) controls.remove();
    link.replaceWith(frame);
  }
  function loadAll(provider) {
    document.querySelectorAll('a[data-embed-player][data-embed-provider="' + provider + '"]').forEach(load);
  }
  var always = readAlways();
  var count = 0;
  function enhance(link) {
    var index = count++;
    var provider = link.getAttribute("data-embed-provider") || "";
    var name = link.getAttribute("data-embed-name") || "the provider";
    if (always.indexOf(provider) >= 0) { load(link); return; }
    var controls = document.createElement("div");
    controls.className = "embed-controls";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "embed-load";
    button.textContent = "Load " + (link.querySelector(".embed-provider") || { textContent: "content" }).textContent;
    button.addEventListener("click", function () { load(link); });
    var label = document.createElement("label");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.id = "embed-always-" + index;
    label.htmlFor = box.id;
    box.addEventListener("change", function () {
      var list = readAlways().filter(function (p) { return p !== provider; });
      if (box.checked) list.push(provider);
      writeAlways(list);
      if (box.checked) loadAll(provider);
    });
    label.appendChild(box);
    label.appendChild(document.createTextNode(" Always load from " + name + " on this device"));
    controls.appendChild(button);
    controls.appendChild(label);
    link.after(controls);
    link.classList.add("embed-scripted");
  }
  // The page's policy lets frames come only from the players it was drawn with: a live
  // page's entries that arrive later (public/live-updates.js announces them with a
  // "dateline:content" event) are enhanced when their player is one of those; any other
  // stays the plain link to the original until the page is reloaded.
  var origins = {};
  function originOf(link) { return (link.getAttribute("data-embed-player") || "").split("/").slice(0, 3).join("/"); }
  document.querySelectorAll("a[data-embed-player]").forEach(function (link) { origins[originOf(link)] = true; enhance(link); });
  document.addEventListener("dateline:content", function (event) {
    var root = event.target && event.target.querySelectorAll ? event.target : null;
    if (!root) return;
    root.querySelectorAll("a[data-embed-player]:not(.embed-scripted)").forEach(function (link) {
      if (origins[originOf(link)]) enhance(link);
    });
  });
})();
`;

const HASH = createHash("sha256").update(EMBED_LOADER_SOURCE).digest("hex").slice(0, 12);

export const EMBED_LOADER_FILE = `loader-${HASH}.js`;
export const EMBED_LOADER_PATH = `/embeds/${EMBED_LOADER_FILE}`;
