// newsgraph pages: the little script they need. Links to a fact (#q3, #e0, #a2) flash every
// piece of its evidence in the text; clicking marked text selects its entry in the record panel;
// the layer boxes show or hide each kind of mark.
(function () {
  "use strict";
  var text = document.getElementById("text");
  if (!text) return;

  function pieces(id) { return text.querySelectorAll('[data-ids~="' + id + '"]'); }

  function flash(id) {
    text.querySelectorAll(".mk.flash").forEach(function (el) { el.classList.remove("flash"); });
    var found = pieces(id);
    found.forEach(function (el) { el.classList.add("flash"); });
    var entry = document.querySelector('.fact[data-for="' + id + '"]');
    document.querySelectorAll(".fact.selected").forEach(function (el) { el.classList.remove("selected"); });
    if (entry) { entry.classList.add("selected"); }
    return found;
  }

  function show(id) {
    var found = flash(id);
    if (found.length) found[0].scrollIntoView({block: "center", behavior: "smooth"});
  }

  document.querySelectorAll("[data-target]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      var layer = link.getAttribute("data-layer-on");
      if (layer) { setLayer(layer, true); }
      history.replaceState(null, "", "#" + link.dataset.target);
      show(link.dataset.target);
    });
  });

  text.addEventListener("click", function (event) {
    var mark = event.target.closest(".mk");
    if (!mark) return;
    var id = mark.dataset.ids.split(" ")[0];
    flash(id);
    var entry = document.querySelector('.fact[data-for="' + id + '"]');
    if (entry) entry.scrollIntoView({block: "nearest", behavior: "smooth"});
  });

  function setLayer(layer, on) {
    text.classList.toggle("show-" + layer, on);
    var box = document.querySelector('input[data-layer="' + layer + '"]');
    if (box) box.checked = on;
  }
  document.querySelectorAll("input[data-layer]").forEach(function (box) {
    box.addEventListener("change", function () { setLayer(box.dataset.layer, box.checked); });
  });

  if (location.hash.length > 1) {
    var id = decodeURIComponent(location.hash.slice(1));
    if (id.charAt(0) === "a") setLayer("mention", true);
    window.setTimeout(function () { show(id); }, 50);
  }
})();
