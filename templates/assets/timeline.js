/* Timeline filter: by event type and by story, in the page itself (works from file://).
   The choices are read from the entries (data-type, data-story and their labels). */
(function () {
  function setup() {
    var box = document.getElementById("timeline-filter");
    if (!box || box.dataset.ready) return;
    box.dataset.ready = "1";
    var items = Array.prototype.slice.call(document.querySelectorAll("ul.timeline > li"));
    var types = {}, stories = {};
    items.forEach(function (li) {
      types[li.dataset.type] = li.querySelector(".event-type").textContent;
      var story = li.querySelector(".event-story");
      if (li.dataset.story && story) stories[li.dataset.story] = story.textContent;
    });
    function select(id, label, all, choices) {
      var wrap = document.createElement("label");
      wrap.textContent = label + " ";
      var s = document.createElement("select");
      s.id = id;
      var first = new Option(all, "");
      s.add(first);
      Object.keys(choices).sort(function (a, b) { return choices[a].localeCompare(choices[b]); })
        .forEach(function (k) { s.add(new Option(choices[k], k)); });
      wrap.appendChild(s);
      box.appendChild(wrap);
      return s;
    }
    var byType = select("filter-type", "Type", "all types", types);
    var byStory = select("filter-story", "Story", "all stories", stories);
    var count = document.createElement("span");
    count.className = "timeline-count";
    count.setAttribute("aria-live", "polite");
    box.appendChild(count);
    function apply() {
      var shown = 0;
      items.forEach(function (li) {
        var ok = (!byType.value || li.dataset.type === byType.value) &&
                 (!byStory.value || li.dataset.story === byStory.value);
        li.hidden = !ok;
        if (ok) shown += 1;
      });
      document.querySelectorAll("ul.timeline").forEach(function (ul) {
        var any = ul.querySelector("li:not([hidden])") !== null;
        ul.hidden = !any;
        var heading = ul.previousElementSibling;
        if (heading && heading.classList.contains("timeline-month")) heading.hidden = !any;
      });
      count.textContent = shown + " of " + items.length + " events";
    }
    byType.addEventListener("change", apply);
    byStory.addEventListener("change", apply);
    apply();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
