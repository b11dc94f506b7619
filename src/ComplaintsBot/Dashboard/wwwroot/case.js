// One case on the dashboard: /dashboard/case?ref=HOC-2026-00001 shows what /dashboard/api/case/{ref} returns. The API
// checks that the viewer may see the case and records the view in its audit trail; dates arrive already in UK form.
"use strict";
(function () {
  const reference = new URLSearchParams(window.location.search).get("ref") || "";

  const teamsToken = window.complaintsBotTeamsToken; // teams-token.js

  function rows(selector, items, cellsOf) {
    const body = document.querySelector(selector + " tbody");
    for (const item of items) {
      const tr = document.createElement("tr");
      for (const value of cellsOf(item)) {
        const cell = document.createElement("td");
        cell.textContent = value == null ? "" : String(value);
        tr.appendChild(cell);
      }
      body.appendChild(tr);
    }
  }

  const pounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });

  async function main() {
    try {
      const token = await teamsToken();
      const headers = token ? { Authorization: "Bearer " + token } : {};
      const response = await fetch("/dashboard/api/case/" + encodeURIComponent(reference), { headers });
      const c = await response.json();
      if (!response.ok) throw new Error(c.error || ("The dashboard API answered " + response.status));
      document.title = c.reference + " – ComplaintsBot dashboard";
      document.getElementById("title").textContent = c.reference;
      document.getElementById("subtitle").textContent = `${c.kind}, ${c.status.toLowerCase()}, under ${c.policyName}`;
      rows("#facts", [
        ["Received", c.received], ["Closed", c.closed], ["Category", c.category], ["Channel", c.channel],
        ["Service area", c.serviceArea], ["Theme", c.theme], ["Customer", c.customer], ["Tenancy", c.tenancyReference],
        ["Tenure", c.tenure], ["Owner", c.owner], ["What happened", c.description], ["What the customer wants", c.desiredOutcome],
        ["What we learnt", c.learning], ["Service improvement", c.serviceImprovement], ["Housing Ombudsman's determination", c.ombudsmanDetermination],
      ].filter(([, v]) => v != null), (pair) => pair);
      rows("#deadlines", c.deadlines, (d) => [d.name, d.due, d.standing, d.metAt]);
      rows("#stages", c.stages, (s) => [s.number, s.opened, s.owner, s.acknowledged, s.responded, s.outcome,
        s.compensation == null ? "" : pounds.format(s.compensation),
        s.extensions.map((e) => `${e.workingDays} working days asked ${e.requested} (${e.reason}): ${e.decision.toLowerCase()}${e.decidedBy ? " by " + e.decidedBy : ""}`).join("; ")]);
      rows("#trail", c.trail, (e) => [e.at, e.who, e.what]);
      if (c.teamsLink) {
        const link = document.getElementById("teams-link");
        link.href = c.teamsLink;
        link.hidden = false;
        link.addEventListener("click", (event) => {
          const teams = window.microsoftTeams;
          if (teams && teams.app && teams.app.openLink) { event.preventDefault(); teams.app.openLink(c.teamsLink); }
        });
      }
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
