// The search page: results as the user types, facets as filters, reference-number lookup and suggestions.
// The page works without this file: the form still submits, and a <noscript> note explains the rest.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form) return;

  var api = (form.getAttribute("data-api") || "/api").replace(/\/$/, "");
  var base = form.getAttribute("data-base") || "/";
  var q = document.getElementById("q");
  var refBox = document.getElementById("ref");
  var refList = document.getElementById("ref-suggestions");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var facets = document.getElementById("search-facets");
  var pages = document.getElementById("search-pages");
  var facetNames = { agency: "หน่วยงาน", year: "ปี พ.ศ.", type: "ประเภท", urgency: "ชั้นความเร็ว" };
  var filters = ["agency", "type", "urgency", "year"];
  var pending = null;
  var timer = 0;

  function params() {
    return new URLSearchParams(location.search);
  }

  function text(tag, value, cls) {
    var el = document.createElement(tag);
    el.textContent = value;
    if (cls) el.className = cls;
    return el;
  }

  function say(message) {
    status.textContent = message;
  }

  function toApiQuery(p) {
    var out = new URLSearchParams();
    out.set("q", p.get("q") || "");
    ["agency", "type", "urgency", "page", "sort"].forEach(function (k) {
      if (p.get(k)) out.set(k, p.get(k));
    });
    var year = p.get("year");
    if (year) {
      // A B.E. year is a date range; the API accepts B.E. dates.
      out.set("from", year + "-01-01");
      out.set("to", year + "-12-31");
    }
    return out;
  }

  function run(p, push) {
    var query = (p.get("q") || "").trim();
    if (push) history.pushState(null, "", "?" + p.toString());
    q.value = p.get("q") || "";
    if (!query) {
      results.replaceChildren();
      facets.replaceChildren();
      pages.replaceChildren();
      say("");
      return;
    }
    if (pending) pending.abort();
    pending = new AbortController();
    say("กำลังค้นหา…");
    fetch(api + "/search?" + toApiQuery(p).toString(), { signal: pending.signal, headers: { Accept: "application/json" } })
      .then(function (r) {
        if (r.status === 400) return r.json().then(function (pd) { throw new Error(pd.detail || pd.title || "คำค้นไม่ถูกต้อง"); });
        if (!r.ok) throw new Error("ระบบค้นหาขัดข้อง (" + r.status + ")");
        return r.json();
      })
      .then(function (data) { show(data, p); })
      .catch(function (e) {
        if (e.name === "AbortError") return;
        results.replaceChildren();
        facets.replaceChildren();
        pages.replaceChildren();
        say(e instanceof TypeError
          ? "ติดต่อระบบค้นหาไม่ได้ในขณะนี้ โปรดลองใหม่ภายหลัง หรือเลือกดูหนังสือจากหน้ารายการ"
          : e.message);
      });
  }

  function show(data, p) {
    say(data.total === 0 ? "ไม่พบหนังสือที่ตรงกับ “" + data.query + "”" : "พบ " + data.total + " ฉบับ");
    results.replaceChildren.apply(results, data.hits.map(function (hit) {
      var li = document.createElement("li");
      var h = document.createElement("h2");
      var a = text("a", hit.title);
      a.href = base + hit.url;
      h.appendChild(a);
      li.appendChild(h);
      var meta = text("p", hit.ref + " · " + hit.date, "meta");
      if (hit.urgency) meta.appendChild(text("span", " " + hit.urgency, "urgency"));
      li.appendChild(meta);
      var snip = document.createElement("p");
      snip.className = "snippet";
      snip.innerHTML = hit.snippet; // The API escapes the text and adds only <mark>.
      li.appendChild(snip);
      var where = hit.matches.filter(function (m) { return m.indexOf("attachment:") === 0; });
      if (where.length) li.appendChild(text("p", "พบในไฟล์แนบ: " + where.map(function (m) { return m.slice(11); }).join(", "), "meta"));
      return li;
    }));
    showFacets(data.facets, p);
    showPages(data, p);
  }

  function showFacets(all, p) {
    facets.replaceChildren();
    filters.forEach(function (name) {
      var values = all[name] || [];
      if (!values.length && !p.get(name)) return;
      var box = document.createElement("fieldset");
      box.appendChild(text("legend", facetNames[name]));
      var list = document.createElement("ul");
      values.forEach(function (v) {
        var li = document.createElement("li");
        var next = new URLSearchParams(p);
        next.delete("page");
        var active = p.get(name) === v.value;
        if (active) next.delete(name); else next.set(name, v.value);
        var a = text("a", v.value + " (" + v.count + ")");
        a.href = "?" + next.toString();
        if (active) a.setAttribute("aria-current", "true");
        a.addEventListener("click", function (e) { e.preventDefault(); run(next, true); });
        li.appendChild(a);
        list.appendChild(li);
      });
      box.appendChild(list);
      facets.appendChild(box);
    });
  }

  function showPages(data, p) {
    pages.replaceChildren();
    var last = Math.ceil(data.total / data.size);
    if (last <= 1) return;
    [["ก่อนหน้า", data.page - 1], ["ถัดไป", data.page + 1]].forEach(function (pair) {
      if (pair[1] < 1 || pair[1] > last) return;
      var next = new URLSearchParams(p);
      next.set("page", String(pair[1]));
      var a = text("a", pair[0]);
      a.href = "?" + next.toString();
      a.addEventListener("click", function (e) { e.preventDefault(); run(next, true); window.scrollTo(0, 0); });
      pages.appendChild(a);
    });
    pages.appendChild(text("span", " หน้า " + data.page + " / " + last));
  }

  q.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var p = params();
      p.set("q", q.value);
      p.delete("page");
      // Typing replaces the entry; a submitted search adds one, so Back returns to it.
      history.replaceState(null, "", "?" + p.toString());
      run(p, false);
    }, 250);
  });

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(timer);
    var reference = refBox && refBox.value.trim();
    if (reference) {
      lookup(reference);
      return;
    }
    var p = params();
    p.set("q", q.value);
    p.delete("page");
    run(p, true);
  });

  function lookup(reference) {
    say("กำลังค้นหาเลขที่หนังสือ…");
    fetch(api + "/circulars/lookup?ref=" + encodeURIComponent(reference), { headers: { Accept: "application/json" } })
      .then(function (r) {
        if (r.ok) return r.json().then(function (c) { location.href = base + c.url; });
        var p = params();
        p.set("q", reference);
        run(p, true);
      })
      .catch(function () { say("ติดต่อระบบค้นหาไม่ได้ในขณะนี้ โปรดลองใหม่ภายหลัง"); });
  }

  if (refBox && refList) {
    var suggestTimer = 0;
    var suggestPending = null;
    refBox.addEventListener("input", function () {
      clearTimeout(suggestTimer);
      var value = refBox.value.trim();
      if (!value) return;
      suggestTimer = setTimeout(function () {
        if (suggestPending) suggestPending.abort();
        suggestPending = new AbortController();
        fetch(api + "/suggest?q=" + encodeURIComponent(value), { signal: suggestPending.signal })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (items) {
            refList.replaceChildren.apply(refList, items.map(function (s) {
              var o = document.createElement("option");
              o.value = s.text;
              return o;
            }));
          })
          .catch(function () { /* suggestions are optional */ });
      }, 150);
    });
  }

  window.addEventListener("popstate", function () { run(params(), false); });
  run(params(), false);
})();
