// The ComplaintsBot dashboard: fetches the figures from /dashboard/api and draws them as inline SVG.
// Every drawn mark carries data-* attributes with the figure it shows, so a test can compare them with the API.
"use strict";
(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const query = new URLSearchParams(window.location.search);
  const range = new URLSearchParams();
  if (query.get("from")) range.set("from", query.get("from"));
  if (query.get("to")) range.set("to", query.get("to"));

  // In Teams the tab asks the Teams JavaScript client for the user's SSO token; outside Teams (local Development) there is none.
  async function teamsToken() {
    const teams = window.microsoftTeams;
    if (!teams || !teams.app || !teams.authentication) return null;
    await teams.app.initialize();
    return teams.authentication.getAuthToken();
  }

  async function api(path, token) {
    const headers = token ? { Authorization: "Bearer " + token } : {};
    const suffix = range.toString() ? "?" + range.toString() : "";
    const response = await fetch("/dashboard/api/" + path + suffix, { headers });
    const body = await response.json();
    if (!response.ok) throw new Error(body.error || ("The dashboard API answered " + response.status));
    return body;
  }

  function el(name, attributes, parent) {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    if (parent) parent.appendChild(node);
    return node;
  }

  function text(parent, x, y, content, anchor) {
    const node = el("text", { x, y, "text-anchor": anchor || "middle" }, parent);
    node.textContent = content;
    return node;
  }

  // Grouped vertical bars: one group per label, one bar per series; null values are drawn as nothing, marked "none".
  function groupedBars(svg, labels, series, maxValue, unit) {
    const width = 460, height = 220, left = 36, bottom = 30, top = 10;
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    const plotHeight = height - bottom - top;
    const max = Math.max(maxValue || 0, ...series.flatMap(s => s.values.map(v => v ?? 0)), 1);
    for (let i = 0; i <= 4; i++) {
      const y = top + plotHeight - (plotHeight * i) / 4;
      el("line", { x1: left, x2: width, y1: y, y2: y, stroke: "#eee" }, svg);
      text(svg, left - 4, y + 4, Math.round((max * i) / 4) + (unit || ""), "end");
    }
    const groupWidth = (width - left) / Math.max(labels.length, 1);
    const barWidth = Math.min(28, (groupWidth - 8) / series.length);
    labels.forEach((label, i) => {
      const x0 = left + i * groupWidth + (groupWidth - barWidth * series.length) / 2;
      series.forEach((s, j) => {
        const value = s.values[i];
        const barHeight = value == null ? 0 : (plotHeight * value) / max;
        const bar = el("rect", {
          class: "bar " + s.className, x: x0 + j * barWidth, y: top + plotHeight - barHeight, width: barWidth - 2, height: barHeight,
          "data-series": s.name, "data-label": label, "data-value": value == null ? "none" : value,
        }, svg);
        el("title", {}, bar).textContent = `${s.title} ${label}: ${value == null ? "no responses" : value + (unit || "")}`;
      });
      text(svg, left + i * groupWidth + groupWidth / 2, height - 12, label);
    });
    const legend = el("g", {}, svg);
    series.forEach((s, j) => {
      el("rect", { class: s.className, x: left + 8 + j * 110, y: top, width: 10, height: 10 }, legend);
      text(legend, left + 22 + j * 110, top + 9, s.title, "start");
    });
  }

  function horizontalBars(svg, rows) {
    const width = 460, rowHeight = 24, left = 130;
    const height = Math.max(rows.length, 1) * rowHeight + 10;
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    const max = Math.max(1, ...rows.map(r => r.count));
    rows.forEach((row, i) => {
      const y = 5 + i * rowHeight;
      text(svg, left - 6, y + 15, row.key, "end");
      const bar = el("rect", {
        class: "bar category", x: left, y, height: rowHeight - 6, width: ((width - left - 40) * row.count) / max,
        "data-series": "category", "data-label": row.key, "data-value": row.count,
      }, svg);
      el("title", {}, bar).textContent = `${row.key}: ${row.count}`;
      text(svg, left + ((width - left - 40) * row.count) / max + 4, y + 14, String(row.count), "start");
    });
  }

  function tile(id, value, unit) {
    document.getElementById(id).textContent = value == null ? "–" : value + (unit || "");
    document.getElementById(id).dataset.value = value == null ? "none" : value;
  }

  function overdueTable(rows) {
    const body = document.querySelector("#overdue tbody");
    for (const row of rows) {
      const tr = document.createElement("tr");
      tr.dataset.reference = row.reference;
      const cells = [row.reference, row.policyId, row.category, row.stage ?? "", row.deadline, row.dueDate, row.workingDaysOverdue, row.owner ?? ""];
      cells.forEach((value, i) => {
        const td = document.createElement("td");
        td.textContent = String(value);
        if (i === 6) td.className = "late";
        tr.appendChild(td);
      });
      body.appendChild(tr);
    }
    document.getElementById("overdue-none").hidden = rows.length > 0;
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
      const [summary, trend, overdue] = await Promise.all([api("summary", token), api("trend", token), api("overdue", token)]);
      document.getElementById("period").textContent = `${summary.from} to ${summary.to}`;
      const measure = (m, stage) => summary.tenantSatisfactionMeasures.find(t => t.measure === m && t.stage === stage);
      tile("tile-ch01-1", measure("CH01", 1).value);
      tile("tile-ch01-2", measure("CH01", 2).value);
      tile("tile-ch02-1", measure("CH02", 1).value, "%");
      tile("tile-ch02-2", measure("CH02", 2).value, "%");
      const months = trend.map(p => p.month);
      groupedBars(document.getElementById("chart-received"), months, [
        { name: "stage1-received", title: "Stage 1", className: "stage1", values: trend.map(p => p.stage1Received) },
        { name: "stage2-received", title: "Stage 2", className: "stage2", values: trend.map(p => p.stage2Received) },
      ]);
      groupedBars(document.getElementById("chart-ch02"), months, [
        { name: "stage1-within-code", title: "Stage 1", className: "stage1", values: trend.map(p => p.stage1WithinCodePercent) },
        { name: "stage2-within-code", title: "Stage 2", className: "stage2", values: trend.map(p => p.stage2WithinCodePercent) },
      ], 100, "%");
      horizontalBars(document.getElementById("chart-categories"), summary.contactsByCategory);
      const steps = summary.timeliness;
      groupedBars(document.getElementById("chart-timeliness"), steps.map(t => `S${t.stage} ${t.step === "acknowledgement" ? "ack" : "response"}`), [
        { name: "within-policy", title: "Policy", className: "policy", values: steps.map(t => t.withinPolicyPercent) },
        { name: "within-code", title: "Code", className: "code", values: steps.map(t => t.withinCodePercent) },
      ], 100, "%");
      overdueTable(overdue);
      document.getElementById("content").hidden = false;
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
