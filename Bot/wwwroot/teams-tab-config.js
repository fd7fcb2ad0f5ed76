// The team tab's configuration page (GET /dashboard/teams/config, rendered by TeamsTab/TeamsTabConfigPage.cs).
// It turns the two choices into the tab's address and hands it to Teams when Teams saves. The Teams library
// (lib/MicrosoftTeams.min.js) comes from npm at build; without it, or outside Teams, the page only previews.
(function () {
  'use strict';
  const form = document.getElementById('tab-config');
  if (!form) return;
  const scope = document.getElementById('tab-scope');
  const language = document.getElementById('tab-locale');
  const preview = document.getElementById('tab-preview');
  const status = document.getElementById('tab-status');
  // Teams replaces {locale} with each viewer's language when it loads the tab, so it must reach Teams unescaped.
  const teamsLocale = '{locale}';

  function query(forTeams) {
    const parts = [];
    if (scope.value) parts.push('scope=' + encodeURIComponent(scope.value));
    if (language.value === teamsLocale) {
      if (forTeams) parts.push('locale=' + teamsLocale);
    } else {
      parts.push('locale=' + encodeURIComponent(language.value));
    }
    if (forTeams) parts.push('host=teams');
    return parts.length ? '?' + parts.join('&') : '';
  }

  function tab() {
    const dashboard = window.location.origin + form.dataset.dashboard;
    const picked = scope.selectedOptions[0];
    const name = picked && picked.dataset.name ? form.dataset.tabName + ' · ' + picked.dataset.name : form.dataset.tabName;
    return {
      entityId: 'dashboard:' + (scope.value || 'own'),
      contentUrl: dashboard + query(true),
      websiteUrl: dashboard + query(false),
      suggestedDisplayName: name.slice(0, 128),
    };
  }

  function refresh() {
    preview.href = tab().websiteUrl;
  }

  // A tab added before holds its choice in its address: show it again when the owner edits the tab.
  function select(contentUrl) {
    try {
      const params = new URL(contentUrl).searchParams;
      const saved = params.get('scope') || '';
      if ([...scope.options].some((o) => o.value === saved)) scope.value = saved;
      const savedLocale = params.get('locale');
      if (savedLocale && [...language.options].some((o) => o.value === savedLocale)) language.value = savedLocale;
    } catch (e) { /* an address we did not write: keep the defaults */ }
  }

  scope.addEventListener('change', refresh);
  language.addEventListener('change', refresh);
  refresh();

  const teams = window.microsoftTeams;
  if (!teams) { status.textContent = form.dataset.sdk === 'installed' ? form.dataset.outsideTeams : form.dataset.noSdk; return; }
  if (window.parent === window) { status.textContent = form.dataset.outsideTeams; return; }
  teams.app.initialize().then(async () => {
    status.textContent = form.dataset.inTeams;
    try {
      const saved = await teams.pages.getConfig();
      if (saved && saved.contentUrl) { select(saved.contentUrl); refresh(); }
    } catch (e) { /* a new tab has no configuration yet */ }
    teams.pages.config.registerOnSaveHandler((save) => {
      teams.pages.config.setConfig(tab()).then(() => save.notifySuccess(), (error) => save.notifyFailure(String(error)));
    });
    // Every choice on the page is valid, the default included, so Save is enabled at once.
    teams.pages.config.setValidityState(true);
    teams.app.notifySuccess();
  }, () => { status.textContent = form.dataset.outsideTeams; });
})();
