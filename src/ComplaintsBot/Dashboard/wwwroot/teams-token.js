// The dashboard pages' Teams sign-in, shared by dashboard.js and case.js: in Teams the tab asks the Teams JavaScript
// client for the user's SSO token; outside Teams (local Development) there is none.
"use strict";
(function () {
  // Teams shows a tab in a frame (desktop, web) or its own webview (mobile, window.nativeInterface). Only there is the
  // Teams JavaScript client loaded (the host serves it, from the npm package): opened on its own, the client would
  // fetch its list of valid domains from Microsoft's CDN and its initialize() would fail ("No Parent window found").
  function inTeams() {
    return window.parent !== window || Boolean(window.nativeInterface);
  }

  function loadTeamsClient() {
    if (window.microsoftTeams) return Promise.resolve(window.microsoftTeams);
    return new Promise((resolve) => {
      const script = document.createElement("script");
      script.src = "/dashboard/teams-js.js";
      script.onload = () => resolve(window.microsoftTeams);
      script.onerror = () => resolve(undefined);
      document.head.appendChild(script);
    });
  }

  async function teamsToken() {
    if (!inTeams()) return null;
    const teams = await loadTeamsClient();
    if (!teams || !teams.app || !teams.authentication) return null;
    await teams.app.initialize();
    return teams.authentication.getAuthToken();
  }

  window.complaintsBotTeamsToken = teamsToken;
})();
