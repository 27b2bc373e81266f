// The search page: results as the user types, facets as filters, paging, reference-number lookup and
// suggestions. The URL always holds the search (shareable), the words as q and a reference number as ref, each
// as typed in its own box; Back and Forward restore it.
// The page works without this file: the form still submits, and a <noscript> note explains the rest.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form || !window.fetch || !window.URLSearchParams) return;

  var api = (form.getAttribute("data-api") || "/api").replace(/\/$/, "");
  var base = form.getAttribute("data-base") || "/";
  var thaiDigits = form.getAttribute("data-digits") === "thai";
  var q = document.getElementById("q");
  // The header's box, on every page: here it carries the words searched for, so the page does not show an empty
  // search box above the one holding them.
  var headerBox = document.getElementById("site-q");
  var refBox = document.getElementById("ref");
  var refList = document.getElementById("ref-suggestions");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var facets = document.getElementById("search-facets");
  var pages = document.getElementById("search-pages");
  var labels = readLabels();
  var facetNames = { agency: "หน่วยงาน", year: "ปี พ.ศ.", type: "ประเภท", urgency: "ชั้นความเร็ว" };
  var filters = ["agency", "year", "type", "urgency"];
  var unreachable = "ติดต่อระบบค้นหาไม่ได้ในขณะนี้ โปรดลองใหม่ภายหลัง หรือเลือกอ่านหนังสือเวียนจากหน้าแรก";
  var searching = null;
  var typingTimer = 0;

  function readLabels() {
    var el = document.getElementById("search-labels");
    try { return JSON.parse(el ? el.textContent : "{}"); } catch (e) { return {}; }
  }

  function el(tag, value, cls) {
    var node = document.createElement(tag);
    if (value != null) node.textContent = value;
    if (cls) node.className = cls;
    return node;
  }

  function digits(value) {
    var s = String(value);
    return thaiDigits ? s.replace(/[0-9]/g, function (d) { return String.fromCharCode(0x0e50 + +d); }) : s;
  }

  function thaiDate(iso) {
    var d = new Date(iso + "T00:00:00Z");
    if (isNaN(d)) return iso;
    return digits(d.toLocaleDateString("th-TH-u-nu-latn", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }));
  }

  function label(facet, value) {
    var names = labels[facet] || {};
    if (facet === "year") return digits(value);
    return names[value] || value;
  }

  function say(message) {
    status.textContent = message;
  }

  function clear() {
    showDidYouMean([]);
    showSuggestedQuery(null);
    results.replaceChildren();
    facets.replaceChildren();
    pages.replaceChildren();
  }

  function current() {
    return new URLSearchParams(location.search);
  }

  function words(p) {
    return (p.get("q") || "").trim();
  }

  function reference(p) {
    return (p.get("ref") || "").trim();
  }

  function hasSearch(p) {
    return words(p) !== "" || reference(p) !== "" || filters.some(function (k) { return p.get(k); }) || hasFiscalYear(p);
  }

  // What the status line and the window's title say was searched for: the words and the reference number
  // quoted apart, as the user gave them in two boxes.
  function searchedFor(p) {
    var w = words(p), r = reference(p);
    var ref = r ? "เลขที่หนังสือ “" + r + "”" : "";
    if (!w) return ref;
    return "“" + w + "”" + (ref ? " และ" + ref : "");
  }

  // The page's URL keys (q, ref, agency, year, type, urgency, page) as the API's query string. The API takes
  // one text: words and a reference number go in it together (a reference among words puts its letter first),
  // while the page's URL and boxes keep them apart.
  function toApiQuery(p) {
    var out = new URLSearchParams();
    out.set("q", [words(p), reference(p)].filter(Boolean).join(" "));
    ["agency", "type", "urgency", "page"].forEach(function (k) {
      if (p.get(k)) out.set(k, p.get(k));
    });
    var year = p.get("year");
    if (/^\d{4}$/.test(year || "")) {
      // A B.E. year is a date range; the API reads ISO dates with a year of 2400 or more as B.E.
      out.set("from", year + "-01-01");
      out.set("to", year + "-12-31");
    }
    addSearchOptions(p, out);
    return out;
  }

  function go(p, push) {
    var url = location.pathname + (p.toString() ? "?" + p.toString() : "");
    if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
    run(p);
  }

  // A facet or page link is redrawn away with the results it belongs to: focus moves to the status line
  // (tabindex="-1"), which announces the new count, instead of falling back to the top of the document.
  function follow(p) {
    go(p, true);
    status.focus();
  }

  // The window's title names the search shown, so tabs and history entries tell searches apart.
  var pageTitle = document.title;
  function showTitle(p) {
    var shown = searchedFor(p);
    document.title = shown ? shown + " - " + pageTitle : pageTitle;
  }

  // The boxes show what the URL says (after Back, or a shared link); a box already holding it is left alone,
  // so a search run while typing does not move the caret.
  function showBoxes(p) {
    if (q.value !== (p.get("q") || "")) q.value = p.get("q") || "";
    if (refBox && refBox.value !== (p.get("ref") || "")) refBox.value = p.get("ref") || "";
    // Not while the reader is typing in it.
    if (headerBox && headerBox !== document.activeElement && headerBox.value !== (p.get("q") || "")) headerBox.value = p.get("q") || "";
  }

  function run(p) {
    showTitle(p);
    showBoxes(p);
    showSearchOptions(p);
    if (searching) searching.abort();
    searching = null;
    if (!hasSearch(p)) {
      clear();
      say("");
      return;
    }
    var request = new AbortController();
    searching = request;
    say("กำลังค้นหา…");
    fetch(api + "/search?" + toApiQuery(p).toString(), { signal: request.signal, headers: { Accept: "application/json" } })
      .then(function (r) {
        if (r.ok) return r.json();
        if (r.status === 400) {
          return r.json().then(function (problem) { throw new Error("ค้นหาไม่ได้: " + (problem.detail || problem.title)); });
        }
        if (r.status === 429) throw new Error("มีการค้นหาถี่เกินไป โปรดรอสักครู่แล้วลองใหม่");
        throw new Error(unreachable);
      })
      .then(function (data) {
        if (searching === request) show(data, p);
      })
      .catch(function (e) {
        if (e.name === "AbortError" || searching !== request) return;
        clear();
        say(e instanceof TypeError ? unreachable : e.message);
      });
  }

  function show(data, p) {
    var shown = searchedFor(p);
    // Thai runs สำหรับ and เลขที่หนังสือ together; a quote after สำหรับ is set off by a space.
    say(data.total === 0
      ? "ไม่พบหนังสือเวียน" + (shown ? "ที่ตรงกับ" + shown : "")
      : "พบ " + digits(data.total) + " ฉบับ" + (shown ? " สำหรับ" + (words(p) ? " " : "") + shown : ""));
    sayApproximate(data);
    showSuggestedQuery(data.suggestedQuery, p);
    showDidYouMean(data.didYouMean || []);
    results.replaceChildren.apply(results, data.hits.map(hitItem));
    showFacets(data.facets, p);
    showPages(data, p);
  }

  // Words that matched nothing as typed (a slip) come back with the nearest letters, data.approximate:
  // the status, which screen readers announce, says so before the count.
  function sayApproximate(data) {
    if (data.approximate) say("ไม่พบผลที่ตรงทุกคำ แสดงผลที่ใกล้เคียง: " + status.textContent);
  }

  // Words typed with a slip (มาตฐาน): the API names the query with the words letters write (มาตรฐาน), offered under
  // the status as a link that searches it, and the status says so.
  function showSuggestedQuery(suggested, p) {
    var old = document.getElementById("search-suggested-query");
    if (old) old.remove();
    if (!suggested) return;
    // The API searched the words and the ref box together, and puts right the whole of that: the offer searches
    // it as words, so the ref is not searched twice.
    var next = new URLSearchParams(p);
    next.set("q", suggested);
    next.delete("ref");
    next.delete("page");
    var box = el("p", null, "did-you-mean");
    box.id = "search-suggested-query";
    box.appendChild(document.createTextNode("หรือท่านหมายถึง "));
    var a = el("a", suggested);
    a.href = "?" + next.toString();
    a.addEventListener("click", function (e) { e.preventDefault(); follow(next); });
    box.appendChild(a);
    status.insertAdjacentElement("afterend", box);
    say(status.textContent + " หรือท่านหมายถึง " + suggested);
  }

  // A ref no letter has, typed with a slip (ว 67 for ว 76): the API names the letters one edit away. They are
  // offered as links under the status, apart from the results, and the status says they are there.
  function showDidYouMean(near) {
    var old = document.getElementById("search-did-you-mean");
    if (old) old.remove();
    if (!near.length) return;
    say(status.textContent + " มีเลขที่ใกล้เคียง " + digits(near.length) + " ฉบับ");
    var box = el("div", null, "did-you-mean");
    box.id = "search-did-you-mean";
    box.appendChild(el("p", "หรือท่านหมายถึง"));
    var list = el("ul");
    near.forEach(function (s) {
      var li = el("li");
      var a = el("a", refLine(s.ref));
      a.href = base + s.url.replace(/^\//, "");
      li.appendChild(a);
      li.appendChild(document.createTextNode(" " + s.title + " (" + thaiDate(s.date) + ")"));
      list.appendChild(li);
    });
    box.appendChild(list);
    status.insertAdjacentElement("afterend", box);
  }

  // As the site prints a ref: ที่ before it, except an order's under its heading (คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘),
  // which has its own; an announcement without a number has none.
  function refLine(ref) {
    return /^(คำสั่ง|ประกาศ)/.test(ref) ? ref : "ที่ " + ref;
  }

  function hitItem(hit) {
    var li = el("li", null, "search-hit");
    var heading = el("h2", null, "title");
    // The link's name carries the ref, unseen, as the site's listings do: letters forwarded down a chain
    // share one title, and a links list would otherwise read the same name for each.
    var link = el("a", hit.title);
    if (hit.ref) link.appendChild(el("span", " (" + refLine(hit.ref) + ")", "visually-hidden"));
    link.href = base + hit.url.replace(/^\//, "");
    heading.appendChild(link);
    li.appendChild(heading);
    var meta = el("p", null, "meta");
    if (hit.ref) meta.appendChild(el("span", refLine(hit.ref), /^(คำสั่ง|ประกาศ)/.test(hit.ref) ? "ref ref-headed" : "ref"));
    meta.appendChild(el("span", thaiDate(hit.date), "date"));
    meta.appendChild(el("span", label("agency", hit.agency), "agency"));
    if (hit.urgency) meta.appendChild(el("span", hit.urgency, "urgency"));
    li.appendChild(meta);
    if (hit.snippet) {
      var snippet = el("p", null, "snippet");
      snippet.innerHTML = hit.snippet; // The API escapes the text and adds only <mark>.
      li.appendChild(snippet);
    }
    var files = hit.matches.filter(function (m) { return m.indexOf("attachment:") === 0; });
    if (files.length) li.appendChild(el("p", "พบในไฟล์แนบ: " + files.map(function (m) { return m.slice(11); }).join(", "), "meta"));
    return li;
  }

  function showFacets(all, p) {
    facets.replaceChildren();
    var groups = filters.filter(function (name) { return (all[name] || []).length || p.get(name); });
    if (!groups.length) return;
    facets.appendChild(el("h2", "กรองผลการค้นหา"));
    groups.forEach(function (name) {
      facets.appendChild(el("h3", facetNames[name]));
      var list = el("ul", null, "facet");
      var values = all[name] || [];
      if (p.get(name) && !values.some(function (v) { return v.value === p.get(name); })) {
        values = [{ value: p.get(name), count: 0 }].concat(values);
      }
      values.forEach(function (v) {
        var next = new URLSearchParams(p);
        next.delete("page");
        var active = p.get(name) === v.value;
        if (active) next.delete(name); else next.set(name, v.value);
        var text = label(name, v.value) + " (" + digits(v.count) + ")";
        var a = el("a", active ? text + " ✕" : text);
        a.href = "?" + next.toString();
        if (active) {
          a.setAttribute("aria-current", "true");
          a.setAttribute("aria-label", "เลิกกรอง " + facetNames[name] + " " + label(name, v.value));
        }
        a.addEventListener("click", function (e) { e.preventDefault(); follow(next); });
        var li = el("li");
        li.appendChild(a);
        list.appendChild(li);
      });
      facets.appendChild(list);
    });
  }

  function showPages(data, p) {
    pages.replaceChildren();
    var last = Math.ceil(data.total / data.size);
    if (last <= 1) return;
    [["หน้าก่อนหน้า", data.page - 1], ["หน้าถัดไป", data.page + 1]].forEach(function (pair) {
      if (pair[1] < 1 || pair[1] > last) return;
      var next = new URLSearchParams(p);
      next.set("page", String(pair[1]));
      var a = el("a", pair[0]);
      a.href = "?" + next.toString();
      a.addEventListener("click", function (e) {
        e.preventDefault();
        follow(next);
      });
      pages.appendChild(a);
    });
    pages.appendChild(el("span", "หน้า " + digits(data.page) + " จาก " + digits(last)));
  }

  // A reference number alone goes straight to its letter; one that matches no letter, or letters of several
  // years, is searched, p being the search to show then (ref= in the URL, the number still in its box).
  function lookup(p, push) {
    if (searching) searching.abort();
    searching = null;
    say("กำลังค้นหาเลขที่หนังสือ…");
    fetch(api + "/circulars/lookup?ref=" + encodeURIComponent(reference(p)), { headers: { Accept: "application/json" } })
      .then(function (r) {
        // Running numbers restart every year: when letters of several years share the number, list them all
        // (a search for a reference puts the letters that carry it first) instead of opening the newest.
        if (r.ok) return r.json().then(function (c) {
          if (c.sameRefCount > 1) return go(p, push);
          location.assign(base + c.url.replace(/^\//, ""));
        });
        if (r.status !== 404 && r.status !== 400) throw new Error(unreachable);
        go(p, push);
      })
      .catch(function (e) { say(e instanceof TypeError ? unreachable : e.message); });
  }

  // The search the form's boxes ask for, from the first page: the words as q and the reference number as
  // ref, each as typed, the other keys (filters, sort) kept from the URL.
  function fromBoxes() {
    var p = current();
    if (q.value.trim()) p.set("q", q.value); else p.delete("q");
    if (refBox && refBox.value.trim()) p.set("ref", refBox.value); else p.delete("ref");
    p.delete("page");
    return p;
  }

  // --- Sort order and fiscal year: the form's two selects, kept in the URL as sort=date and fiscalYear=2568. ---
  var sortBox = document.getElementById("sort");
  var fiscalBox = document.getElementById("fiscalYear");

  function hasFiscalYear(p) {
    return /^\d{4}$/.test(p.get("fiscalYear") || "");
  }

  // Relevance is the API's default, so only sort=date is sent; a fiscal year is a B.E. year the API filters on.
  function addSearchOptions(p, out) {
    if (p.get("sort") === "date") out.set("sort", "date");
    if (hasFiscalYear(p)) out.set("fiscalYear", p.get("fiscalYear"));
  }

  // The selects show what the URL says (after Back, or a shared link).
  function showSearchOptions(p) {
    if (sortBox) sortBox.value = p.get("sort") === "date" ? "date" : "";
    if (fiscalBox) {
      fiscalBox.value = hasFiscalYear(p) ? p.get("fiscalYear") : "";
      if (fiscalBox.selectedIndex < 0) fiscalBox.value = "";
    }
  }

  // A change searches again at once, from the first page, as a new history entry.
  function watchSearchOptions() {
    [sortBox, fiscalBox].forEach(function (box) {
      if (!box) return;
      box.addEventListener("change", function () {
        var p = fromBoxes();
        if (box.value) p.set(box.name, box.value); else p.delete(box.name);
        go(p, true);
      });
    });
  }

  // Words typed with a reference number in its box search for both, as a submitted form does.
  q.addEventListener("input", function () {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(function () {
      // Typing replaces the history entry; a submitted search adds one, so Back returns to it.
      go(fromBoxes(), false);
    }, 250);
  });

  // Words and a reference number given together are one search for both, rather than opening the
  // reference's letter and dropping the words; a reference number alone is looked up.
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(typingTimer);
    var p = fromBoxes();
    if (reference(p) && !words(p)) lookup(p, true); else go(p, true);
  });

  if (refBox && refList) {
    var suggestTimer = 0;
    var suggesting = null;
    refBox.addEventListener("input", function () {
      clearTimeout(suggestTimer);
      var value = refBox.value.trim();
      if (!value) {
        refList.replaceChildren();
        return;
      }
      suggestTimer = setTimeout(function () {
        if (suggesting) suggesting.abort();
        suggesting = new AbortController();
        fetch(api + "/suggest?q=" + encodeURIComponent(value), { signal: suggesting.signal, headers: { Accept: "application/json" } })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (items) {
            refList.replaceChildren.apply(refList, items
              .filter(function (s) { return s.kind === "ref"; })
              .map(function (s) {
                var option = el("option");
                option.value = s.text;
                return option;
              }));
          })
          .catch(function () { /* suggestions are a convenience: the box still works without them */ });
      }, 150);
    });
  }

  watchSearchOptions();
  window.addEventListener("popstate", function () { run(current()); });

  // A shared or no-JavaScript link may carry ?ref=: alone it is looked up, as the form would; with words
  // both are searched. Either way the URL stays as it was given.
  var initial = current();
  if (reference(initial) && !words(initial)) {
    showBoxes(initial);
    lookup(initial, false);
  } else {
    run(initial);
  }
})();
