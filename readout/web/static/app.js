// readout: highlight the source span of a selected statement or header value.
// Data comes from data-attributes only (data-source, data-start, data-end); text is
// inserted as text nodes, never as HTML, so document contents cannot run as script.
"use strict";

(function () {
  const originals = new Map();

  function originalText(box) {
    if (!originals.has(box)) originals.set(box, box.textContent);
    return originals.get(box);
  }

  // Spans count Unicode code points (Python str indices); JS strings count UTF-16 units.
  function sliceCodePoints(chars, start, end) {
    return chars.slice(start, end).join("");
  }

  function clearSelection() {
    document.querySelectorAll("[data-start].selected").forEach(function (el) {
      el.classList.remove("selected");
      el.setAttribute("aria-pressed", "false");
    });
  }

  function highlight(box, start, end) {
    const chars = Array.from(originalText(box));
    if (!(start >= 0 && end > start && end <= chars.length)) return null;
    const mark = document.createElement("mark");
    mark.className = "span-highlight";
    mark.textContent = sliceCodePoints(chars, start, end);
    box.replaceChildren(
      document.createTextNode(sliceCodePoints(chars, 0, start)),
      mark,
      document.createTextNode(sliceCodePoints(chars, end, chars.length))
    );
    return mark;
  }

  function resetOthers(except) {
    document.querySelectorAll(".source-text").forEach(function (box) {
      if (box !== except && originals.has(box)) box.textContent = originals.get(box);
    });
  }

  function select(el) {
    const box = document.getElementById(el.dataset.source);
    if (!box) return;
    clearSelection();
    resetOthers(box);
    const mark = highlight(box, Number(el.dataset.start), Number(el.dataset.end));
    el.classList.add("selected");
    el.setAttribute("aria-pressed", "true");
    const status = document.getElementById("selection-status");
    if (status) status.textContent = mark ? "Highlighted in the source text below." : "No span for this value.";
    if (mark && mark.scrollIntoView) mark.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  document.addEventListener("click", function (event) {
    const el = event.target.closest("[data-start][data-source]");
    if (el) {
      event.preventDefault();
      select(el);
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" && event.key !== " ") return;
    const el = event.target.closest && event.target.closest("[data-start][data-source]");
    if (el && el.tagName !== "BUTTON") {
      event.preventDefault();
      select(el);
    }
  });
})();
