// When the dashboard is a Teams tab (the manifest's addresses carry host=teams), load the Teams library and tell
// Teams the tab has loaded: the Microsoft 365 hosts show an error over a tab that never initialises it. In a
// browser it loads nothing. The library comes from npm at build (Bot/WebChat.targets); without it the tab still
// shows the dashboard, only Teams may keep its loading indicator a little longer.
(function () {
  'use strict';
  const inTeams = new URLSearchParams(window.location.search).get('host') === 'teams' && window.parent !== window;
  if (!inTeams) return;
  const script = document.createElement('script');
  script.src = 'lib/MicrosoftTeams.min.js';
  script.onload = () => {
    const teams = window.microsoftTeams;
    if (teams) teams.app.initialize().then(() => teams.app.notifySuccess(), () => { /* not a Teams host after all */ });
  };
  document.head.appendChild(script);
})();
