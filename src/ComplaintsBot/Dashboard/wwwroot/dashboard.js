// The ComplaintsBot dashboard: fetches the figures from /dashboard/api and draws them as inline SVG.
// The period and filters live in the page's URL (a plain GET form), so a link or a reload shows the same view, and
// every API call carries them. Every drawn mark carries data-* attributes with the figure it shows, so a test can
// compare them with the API; a number that stands for cases links to the list of those cases.
"use strict";
(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const query = new URLSearchParams(window.location.search);
  const FILTERS = ["policy", "serviceArea", "team", "stage", "owner"];
  const DIMENSION_TITLES = {
    category: "Contacts in category", serviceArea: "Contacts in service area", theme: "Contacts with theme",
    channel: "Contacts by channel", stage1Received: "Stage 1 complaints received", stage2Received: "Stage 2 complaints received",
  };

  // The period and filters only: what every figure follows.
  function scope(extra) {
    const params = new URLSearchParams();
    for (const name of ["from", "to", ...FILTERS]) if (query.get(name)) params.set(name, query.get(name));
    for (const [key, value] of Object.entries(extra || {})) params.set(key, value);
    return params;
  }

  const teamsToken = window.complaintsBotTeamsToken; // teams-token.js: the SSO token in Teams, none outside

  async function api(path, token, params) {
    const headers = token ? { Authorization: "Bearer " + token } : {};
    const suffix = params && params.toString() ? "?" + params.toString() : "";
    const response = await fetch("/dashboard/api/" + path + suffix, { headers });
    const body = await response.json();
    if (!response.ok) throw new Error(body.error || ("The dashboard API answered " + response.status));
    return body;
  }

  // UK dates: "1 Jul 2026" from yyyy-MM-dd (read as a calendar date, no time zone shift).
  const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });
  const isoDate = (d) => d.toISOString().slice(0, 10);
  function ukDate(iso) { return dayFormat.format(new Date(iso + "T00:00:00Z")); }

  function el(name, attributes, parent) {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    if (parent) parent.appendChild(node);
    return node;
  }

  function text(parent, x, y, content, anchor, className) {
    const node = el("text", { x, y, "text-anchor": anchor || "middle" }, parent);
    if (className) node.setAttribute("class", className);
    node.textContent = content;
    return node;
  }

  // A link around an SVG mark when the figure leads to cases.
  function linked(parent, href) {
    if (!href) return parent;
    const a = el("a", { href }, parent);
    return a;
  }

  function boxesOverlap(a, b) {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  }

  // Axis labels under the groups: every step-th label, the step grown until no two drawn labels overlap, so the
  // axis stays readable at 3, 12 or 24 months. Each label is one or two lines (month, then the year where it changes).
  function axisLabels(svg, labels, xOf, y) {
    for (let step = 1; step <= labels.length; step++) {
      const group = el("g", { class: "axis" }, svg);
      labels.forEach((label, i) => {
        if (i % step !== 0) return;
        const node = text(group, xOf(i), y, label.lines[0], "middle", "axis-label");
        node.dataset.label = label.key;
        if (label.lines[1]) {
          const second = el("tspan", { x: xOf(i), dy: 12 }, node);
          second.textContent = label.lines[1];
        }
      });
      // A gap of 4 units either side of each label; SVGRect's fields are getters, so copied one by one.
      const boxes = [...group.querySelectorAll("text")].map((t) => t.getBBox()).map((b) => ({ x: b.x - 4, y: b.y, width: b.width + 8, height: b.height }));
      const clash = boxes.some((box, i) => i > 0 && boxesOverlap(boxes[i - 1], box));
      if (!clash) return step;
      group.remove();
    }
    return labels.length;
  }

  // Horizontal reference lines across the plot: the Code's 100 % and the landlord's targets.
  function referenceLines(svg, lines, left, width, yOf) {
    for (const line of lines) {
      if (line.value == null) continue;
      const y = yOf(line.value);
      el("line", { class: line.className, x1: left, x2: width - 4, y1: y, y2: y, "data-line": line.name, "data-value": line.value }, svg);
      text(svg, width - 6, y - 3, line.title, "end", "line-label");
    }
  }

  // Grouped vertical bars: one group per label, one bar per series; null values are drawn as nothing, marked "none".
  function groupedBars(svg, labels, series, options) {
    const { maxValue, unit, lines, hrefOf, width = 460, height = 240 } = options || {};
    const left = 40, bottom = 44, top = 24;
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    const plotHeight = height - bottom - top;
    const max = Math.max(maxValue || 0, ...series.flatMap(s => s.values.map(v => v ?? 0)), 1);
    const yOf = (v) => top + plotHeight - (plotHeight * v) / max;
    for (let i = 0; i <= 4; i++) {
      const y = top + plotHeight - (plotHeight * i) / 4;
      el("line", { x1: left, x2: width, y1: y, y2: y, stroke: "#eee" }, svg);
      text(svg, left - 4, y + 4, Math.round((max * i) / 4) + (unit || ""), "end");
    }
    const groupWidth = (width - left) / Math.max(labels.length, 1);
    const barWidth = Math.max(2, Math.min(28, (groupWidth - 4) / series.length));
    labels.forEach((label, i) => {
      const x0 = left + i * groupWidth + (groupWidth - barWidth * series.length) / 2;
      series.forEach((s, j) => {
        const value = s.values[i];
        const barHeight = value == null ? 0 : (plotHeight * value) / max;
        const parent = linked(svg, hrefOf && value ? hrefOf(s, i) : null);
        const bar = el("rect", {
          class: "bar " + s.className, x: x0 + j * barWidth, y: top + plotHeight - barHeight, width: Math.max(1, barWidth - 2), height: barHeight,
          "data-series": s.name, "data-label": label.key, "data-value": value == null ? "none" : value,
        }, parent);
        el("title", {}, bar).textContent = `${s.title}, ${label.title}: ${value == null ? "nothing to measure" : value + (unit || "")}`;
      });
    });
    axisLabels(svg, labels, (i) => left + i * groupWidth + groupWidth / 2, height - bottom + 16);
    referenceLines(svg, lines || [], left, width, yOf);
    const legend = el("g", {}, svg);
    series.forEach((s, j) => {
      el("rect", { class: s.className, x: left + 8 + j * 90, y: 4, width: 10, height: 10 }, legend);
      text(legend, left + 22 + j * 90, 13, s.title, "start");
    });
  }

  function horizontalBars(svg, rows, dimension) {
    const width = 460, rowHeight = 24, left = 150;
    const height = Math.max(rows.length, 1) * rowHeight + 10;
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    const max = Math.max(1, ...rows.map(r => r.count));
    rows.forEach((row, i) => {
      const y = 5 + i * rowHeight;
      const name = row.key.length > 24 ? row.key.slice(0, 23) + "…" : row.key;
      el("title", {}, text(svg, left - 6, y + 15, name, "end")).textContent = row.key;
      const parent = linked(svg, drillHref(dimension, row.key));
      const bar = el("rect", {
        class: "bar category", x: left, y, height: rowHeight - 6, width: ((width - left - 40) * row.count) / max,
        "data-series": dimension, "data-label": row.key, "data-value": row.count,
      }, parent);
      el("title", {}, bar).textContent = `${row.key}: ${row.count}`;
      text(svg, left + ((width - left - 40) * row.count) / max + 4, y + 14, String(row.count), "start");
    });
  }

  function tile(id, value, unit) {
    document.getElementById(id).textContent = value == null ? "–" : value + (unit || "");
    document.getElementById(id).dataset.value = value == null ? "none" : value;
  }

  function caseLink(reference) {
    const a = document.createElement("a");
    a.href = "/dashboard/case?ref=" + encodeURIComponent(reference);
    a.textContent = reference;
    a.className = "case-link";
    return a;
  }

  function fillTable(selector, rows, cellsOf, noneId) {
    const body = document.querySelector(selector + " tbody");
    body.replaceChildren();
    for (const row of rows) {
      const tr = document.createElement("tr");
      for (const value of cellsOf(row)) {
        const td = document.createElement("td");
        if (value instanceof Node) td.appendChild(value); else td.textContent = value == null ? "" : String(value);
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    if (noneId) document.getElementById(noneId).hidden = rows.length > 0;
    return body;
  }

  function overdueTable(rows) {
    const body = fillTable("#overdue", rows, (r) => [caseLink(r.reference), r.policyId, r.category, r.stage ?? "", r.deadlineName, ukDate(r.dueDate), r.workingDaysOverdue, r.owner ?? "", r.serviceArea ?? ""], "overdue-none");
    [...body.rows].forEach((tr, i) => { tr.dataset.reference = rows[i].reference; tr.cells[6].className = "late"; });
  }

  function repeatsTable(rows) {
    const refs = (text) => { const span = document.createElement("span"); text.split(" ").forEach((r, i) => { if (i) span.append(" "); span.appendChild(caseLink(r)); }); return span; };
    fillTable("#repeats", rows, (r) => [r.theme, r.basis === "customer" ? "customer" : "property", r.subject, r.count, refs(r.references)], "repeats-none");
  }

  // CH01 and CH02 for each stage and tenure; each CH01 count leads to its complaints.
  function tenureTable(rows) {
    const tenureNames = { LCRA: "Low-cost rental (LCRA)", LCHO: "Low-cost home ownership (LCHO)", other: "Other or not recorded" };
    const lines = [];
    for (const stage of [1, 2]) {
      for (const tenure of ["LCRA", "LCHO", "other"]) {
        const ch01 = rows.find(r => r.measure === "CH01" && r.stage === stage && r.tenure === tenure);
        const ch02 = rows.find(r => r.measure === "CH02" && r.stage === stage && r.tenure === tenure);
        lines.push({ stage, tenure, ch01, ch02 });
      }
    }
    fillTable("#tsm-tenure", lines, (l) => {
      const count = document.createElement("a");
      count.href = drillHref(`stage${l.stage}Received`, l.tenure);
      count.textContent = String(l.ch01.numerator);
      count.className = "tenure-count";
      return [`Stage ${l.stage}`, tenureNames[l.tenure], count, l.ch01.value == null ? "–" : l.ch01.value,
        `${l.ch02.numerator} of ${l.ch02.denominator}`, l.ch02.value == null ? "–" : l.ch02.value + "%"];
    });
  }

  function drillHref(by, key, period) {
    const params = scope({ by, key: key ?? "" });
    if (period) { params.set("from", period.from); params.set("to", period.to); }
    return "/dashboard?" + params.toString() + "#drill";
  }

  async function drill(token) {
    const by = query.get("by");
    if (!by) return;
    const result = await api("cases", token, scope({ by, key: query.get("key") ?? "" }));
    const section = document.getElementById("drill");
    section.hidden = false;
    section.dataset.total = result.total;
    const key = query.get("key");
    document.getElementById("drill-title").textContent = `${DIMENSION_TITLES[by] || by}${key ? (by.startsWith("stage") ? ", tenure " : ": ") + key : ""}: ${result.total}`;
    document.getElementById("drill-note").textContent = (query.get("from") ? `${ukDate(query.get("from"))} to ${ukDate(query.get("to"))}. ` : "") +
      (result.hidden > 0 ? `${result.hidden} of them are cases you may not open, so they are not listed.` : "");
    fillTable("#drill-cases", result.rows, (r) => [caseLink(r.reference), r.policyId, r.category, ukDate(r.receivedOn), r.stage ?? "", r.status, r.serviceArea ?? "", r.theme ?? "", r.channel, r.owner ?? ""]);
    const back = scope();
    document.getElementById("drill-close").href = "/dashboard?" + back.toString();
  }

  // Downloads of this very view: the same period and filters, and the followed figure's cases when there is one.
  const TABLES = [
    "contacts-by-category", "contacts-by-service-area", "contacts-by-theme", "contacts-by-channel", "complaints-by-stage",
    "compliments-and-complaints", "timeliness", "extensions", "outcomes", "compensation", "tenant-satisfaction-measures",
    "repeat-themes", "overdue-cases"];
  // Inside Teams the API needs the sign-in token, which a plain link cannot carry: fetch the file with it instead.
  function downloadWithToken(link, token) {
    link.addEventListener("click", async (event) => {
      if (!token) return;
      event.preventDefault();
      const response = await fetch(link.href, { headers: { Authorization: "Bearer " + token } });
      if (!response.ok) { const problem = document.getElementById("problem"); problem.textContent = (await response.json()).error; problem.hidden = false; return; }
      const name = /filename="?([^";]+)"?/.exec(response.headers.get("Content-Disposition") || "")?.[1] || "export";
      const url = URL.createObjectURL(await response.blob());
      const a = document.createElement("a");
      a.href = url; a.download = name;
      document.body.appendChild(a); a.click(); a.remove();
      URL.revokeObjectURL(url);
    });
  }

  function exportLinks(token) {
    const by = query.get("by");
    const extra = by ? { by, key: query.get("key") ?? "" } : {};
    document.getElementById("export-xlsx").href = "/dashboard/api/export?" + scope({ ...extra, format: "xlsx" }).toString();
    const select = document.getElementById("export-table");
    for (const name of by ? [...TABLES, "cases"] : TABLES) {
      const option = document.createElement("option");
      option.value = name; option.textContent = name.replaceAll("-", " ");
      select.appendChild(option);
    }
    const csv = document.getElementById("export-csv");
    const update = () => { csv.href = "/dashboard/api/export?" + scope({ ...extra, format: "csv", table: select.value }).toString(); };
    select.addEventListener("change", update);
    update();
    downloadWithToken(document.getElementById("export-xlsx"), token);
    downloadWithToken(csv, token);
  }

  // The filter form shows what the URL asks for; its choices come from the API.
  function fillFilters(options) {
    const fill = (id, choices) => {
      const select = document.getElementById(id);
      for (const choice of choices) {
        const option = document.createElement("option");
        option.value = choice.value; option.textContent = choice.label;
        select.appendChild(option);
      }
    };
    fill("filter-policy", options.policies.map((p) => ({ value: p.value, label: p.label })));
    fill("filter-serviceArea", options.serviceAreas.map((s) => ({ value: s, label: s })));
    fill("filter-team", options.teams.map((t) => ({ value: t, label: t })));
    fill("filter-stage", options.stages.map((s) => ({ value: String(s), label: "Reached stage " + s })));
    fill("filter-owner", options.owners.map((o) => ({ value: o.value, label: o.label })));
    for (const name of FILTERS) if (query.get(name)) document.getElementById("filter-" + name).value = query.get(name);
  }

  // Quick periods ending on the period's last day: a true 3, 12 and 24 months, from the day after the same date
  // that many months back (the day clamped to the month's length, as the server does), so "12 months" is 12 months.
  function monthsBefore(end, months) {
    const y = end.getUTCFullYear(), m = end.getUTCMonth() - months;
    const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
    return new Date(Date.UTC(y, m, Math.min(end.getUTCDate(), lastDay) + 1));
  }

  function presets(to) {
    const end = new Date(to + "T00:00:00Z");
    const span = document.getElementById("presets");
    for (const months of [3, 12, 24]) {
      const start = monthsBefore(end, months);
      const params = scope({ from: isoDate(start), to });
      const a = document.createElement("a");
      a.href = "/dashboard?" + params.toString();
      a.textContent = `Last ${months} months`;
      a.title = `${ukDate(isoDate(start))} to ${ukDate(to)}`;
      a.dataset.months = months;
      span.appendChild(a);
    }
  }

  // A month cut short by the period (its first or last) says so in its title: "Dec 2025 (8 Dec 2025 to 31 Dec 2025)".
  function monthLabels(trend, summary) {
    return trend.map((p, i) => {
      const date = new Date(p.month + "-01T00:00:00Z");
      const year = String(date.getUTCFullYear());
      const newYear = i === 0 || date.getUTCMonth() === 0;
      const part = summary ? monthPeriod(p.month, summary) : null;
      const whole = !part || (part.from.endsWith("-01") && part.to === isoDate(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0))));
      const title = `${monthFormat.format(date)} ${year}` + (whole ? "" : ` (${ukDate(part.from)} to ${ukDate(part.to)})`);
      return { key: p.month, title, lines: newYear ? [monthFormat.format(date), year] : [monthFormat.format(date)] };
    });
  }

  function monthPeriod(month, summary) {
    const [y, m] = month.split("-").map(Number);
    const first = isoDate(new Date(Date.UTC(y, m - 1, 1)));
    const last = isoDate(new Date(Date.UTC(y, m, 0)));
    return { from: first < summary.from ? summary.from : first, to: last > summary.to ? summary.to : last };
  }

  async function main() {
    try {
      const token = await teamsToken();
      const me = await api("me", token);
      document.getElementById("viewer").textContent = "Signed in as " + me.name;
      if (me.isLocalDevelopmentUser) {
        const banner = document.getElementById("local-user-banner");
        banner.textContent = "LOCAL DEVELOPMENT USER: nobody is signed in. This dashboard runs without Teams sign-in because the host is in Development mode with no app id.";
        banner.hidden = false;
      }
      const [summary, trend, overdue, options] = await Promise.all([
        api("summary", token, scope()), api("trend", token, scope()), api("overdue", token, scope()), api("options", token)]);
      document.getElementById("period").textContent = `${ukDate(summary.from)} to ${ukDate(summary.to)}`;
      document.getElementById("period").dataset.from = summary.from;
      document.getElementById("period").dataset.to = summary.to;
      document.getElementById("from").value = summary.from;
      document.getElementById("to").value = summary.to;
      fillFilters(options);
      presets(summary.to);
      exportLinks(token);

      const measure = (m, stage) => summary.tenantSatisfactionMeasures.find(t => t.measure === m && t.stage === stage);
      tile("tile-ch01-1", measure("CH01", 1).value);
      tile("tile-ch01-2", measure("CH01", 2).value);
      tile("tile-ch02-1", measure("CH02", 1).value, "%");
      tile("tile-ch02-2", measure("CH02", 2).value, "%");
      for (const stage of [1, 2]) {
        const count = measure("CH01", stage).numerator;
        document.getElementById(`tile-ch01-${stage}-count`).textContent = `${count} received`;
        document.getElementById(`link-ch01-${stage}`).href = drillHref(`stage${stage}Received`, "");
        document.getElementById(`link-ch01-${stage}`).dataset.count = count;
      }

      // Shown before drawing: the axis measures its labels, and hidden text has no size.
      document.getElementById("content").hidden = false;
      const targets = options.targets;
      const code = { name: "code", title: `Code ${options.codeTargetPercent}%`, className: "code-line", value: options.codeTargetPercent };
      const months = monthLabels(trend, summary);
      groupedBars(document.getElementById("chart-received"), months, [
        { name: "stage1-received", title: "Stage 1", className: "stage1", values: trend.map(p => p.stage1Received), dimension: "stage1Received" },
        { name: "stage2-received", title: "Stage 2", className: "stage2", values: trend.map(p => p.stage2Received), dimension: "stage2Received" },
      ], { hrefOf: (s, i) => drillHref(s.dimension, "", monthPeriod(trend[i].month, summary)) });
      groupedBars(document.getElementById("chart-ch02"), months, [
        { name: "stage1-within-code", title: "Stage 1", className: "stage1", values: trend.map(p => p.stage1WithinCodePercent) },
        { name: "stage2-within-code", title: "Stage 2", className: "stage2", values: trend.map(p => p.stage2WithinCodePercent) },
      ], {
        maxValue: 100, unit: "%", lines: [code,
          { name: "target-stage1-response", title: `Our stage 1 target ${targets.stage1Response}%`, className: "target-line", value: targets.stage1Response },
          { name: "target-stage2-response", title: `Our stage 2 target ${targets.stage2Response}%`, className: "target-line", value: targets.stage2Response }],
      });
      const steps = summary.timeliness;
      const stepLabel = (t) => ({ key: `stage${t.stage}-${t.step}`, title: `Stage ${t.stage} ${t.step}`, lines: [`Stage ${t.stage}`, t.step] });
      const targetOf = (t) => targets[`stage${t.stage}${t.step === "acknowledgement" ? "Acknowledgement" : "Response"}`];
      const stepTargets = [...new Set(steps.map(targetOf).filter((v) => v != null))];
      groupedBars(document.getElementById("chart-timeliness"), steps.map(stepLabel), [
        { name: "within-policy", title: "Our policy", className: "policy", values: steps.map(t => t.withinPolicyPercent) },
        { name: "within-code", title: "The Code", className: "code", values: steps.map(t => t.withinCodePercent) },
      ], { maxValue: 100, unit: "%", lines: [code, ...stepTargets.map((v) => ({ name: "target", title: `Our target ${v}%`, className: "target-line", value: v }))] });
      horizontalBars(document.getElementById("chart-categories"), summary.contactsByCategory, "category");
      horizontalBars(document.getElementById("chart-serviceArea"), summary.contactsByServiceArea, "serviceArea");
      horizontalBars(document.getElementById("chart-theme"), summary.contactsByTheme, "theme");
      horizontalBars(document.getElementById("chart-channel"), summary.contactsByChannel, "channel");
      tenureTable(summary.tenantSatisfactionMeasuresByTenure);
      repeatsTable(summary.repeatThemes);
      overdueTable(overdue);
      await drill(token);
    } catch (error) {
      const problem = document.getElementById("problem");
      problem.textContent = error.message;
      problem.hidden = false;
    } finally {
      document.body.dataset.ready = "true";
    }
  }

  main();
})();
