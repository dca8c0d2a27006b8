// Fills the "redact by hand" box with the words selected in the report's text. The page works
// without it (type the words); no inline script, as the Content-Security-Policy requires.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var documentText = document.getElementById("document");
  var words = document.getElementById("redact-words");
  if (!documentText || !words) { return; }
  document.addEventListener("selectionchange", function () {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) { return; }
    var range = selection.getRangeAt(0);
    if (!documentText.contains(range.commonAncestorContainer)) { return; }
    var text = selection.toString().replace(/\s+/g, " ").trim();
    if (text.length >= 2 && text.length <= 200) { words.value = text; }
  });
});
