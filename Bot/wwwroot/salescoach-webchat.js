// Mounts Web Chat on every element marked data-salescoach-webchat: on the bot's own page (/) and on
// intranet pages that embed the widget with a script tag (see EMBED.md). A classic script, not a
// module, so that it can find the bot host from its own address.
(function () {
  'use strict';

  // Where the bot lives: the folder this script was loaded from, so an embedding page needs no setting.
  var botBase = new URL('.', (document.currentScript && document.currentScript.src) || window.location.href);

  // Every user-facing string of the page, in both languages.
  var STRINGS = {
    'zh-CN': {
      connecting: '正在连接销售教练…',
      tokenFailed: '无法连接到销售教练（{0}）。请稍后重试；如果问题持续，请联系管理员。',
      signInRequired: '请先登录后再使用聊天。',
      signIn: '登录',
      bundleMissing: '聊天组件未安装：服务器上缺少 Web Chat 脚本（lib/webchat.js）。请管理员在 Bot/ClientApp 中运行 npm ci 并重新构建机器人。',
      retry: '重试',
      you: '我'
    },
    'en-US': {
      connecting: 'Connecting to SalesCoachBot…',
      tokenFailed: 'Could not connect to SalesCoachBot ({0}). Please try again in a moment; if it keeps happening, contact your administrator.',
      signInRequired: 'Please sign in to use the chat.',
      signIn: 'Sign in',
      bundleMissing: 'The chat component is not installed: the server has no Web Chat script (lib/webchat.js). An administrator should run npm ci in Bot/ClientApp and rebuild the bot.',
      retry: 'Retry',
      you: 'Me'
    }
  };

  // ?locale=en-US on the page wins; otherwise the browser's language decides between the two we speak.
  function pickLocale() {
    var requested = new URLSearchParams(window.location.search).get('locale') || navigator.language || '';
    return /^zh/i.test(requested) ? 'zh-CN' : 'en-US';
  }

  function otherLocale(locale) {
    return locale === 'zh-CN' ? 'en-US' : 'zh-CN';
  }

  // Errors are shown in both languages, the reader's first: the browser's language may not be theirs.
  function showStatus(element, locale, key, options) {
    var isError = key !== 'connecting';
    var box = document.createElement('div');
    box.className = 'salescoach-webchat__status' + (isError ? ' salescoach-webchat__status--error' : '');
    box.setAttribute('role', isError ? 'alert' : 'status');
    (isError ? [locale, otherLocale(locale)] : [locale]).forEach(function (l) {
      var p = document.createElement('p');
      p.lang = l;
      p.textContent = STRINGS[l][key].replace('{0}', (options && options.detail) || '');
      box.appendChild(p);
    });
    if (options && options.signInHref) {
      var link = document.createElement('a');
      link.href = options.signInHref;
      link.textContent = STRINGS[locale].signIn + ' / ' + STRINGS[otherLocale(locale)].signIn;
      box.appendChild(link);
    }
    if (options && options.onRetry) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = STRINGS[locale].retry + ' / ' + STRINGS[otherLocale(locale)].retry;
      button.addEventListener('click', options.onRetry);
      box.appendChild(button);
    }
    element.replaceChildren(box);
  }

  async function fetchToken() {
    var response = await fetch(new URL('api/directline/token', botBase), { method: 'POST' });
    // The server allows only signed-in people to chat (SalesCoach:WebSignIn:AnonymousChat=false).
    if (response.status === 401) {
      var denied = new Error('HTTP 401');
      denied.signInRequired = true;
      throw denied;
    }
    if (!response.ok) throw new Error('HTTP ' + response.status);
    var body = await response.json();
    if (!body.token || !body.domain) throw new Error('token response without token or domain');
    return body;
  }

  function styleOptions(locale) {
    return {
      accent: '#0f6cbd',
      botAvatarInitials: 'SC',
      userAvatarInitials: STRINGS[locale].you,
      hideUploadButton: true,
      primaryFont: '"Segoe UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif',
      bubbleBorderRadius: 8,
      bubbleFromUserBorderRadius: 8,
      rootHeight: '100%'
    };
  }

  async function mount(element) {
    var locale = pickLocale();
    if (!window.WebChat) {
      showStatus(element, locale, 'bundleMissing');
      return;
    }
    showStatus(element, locale, 'connecting');
    var session;
    try {
      session = await fetchToken();
    } catch (error) {
      if (error.signInRequired) {
        var back = botBase.origin === window.location.origin ? window.location.pathname + window.location.search : '/';
        showStatus(element, locale, 'signInRequired', { signInHref: new URL('signin?returnUrl=' + encodeURIComponent(back), botBase).href });
        return;
      }
      showStatus(element, locale, 'tokenFailed', { detail: error.message, onRetry: function () { mount(element); } });
      return;
    }
    element.replaceChildren();
    // Polling, not WebSocket: the embedded Direct Line endpoint and intranet proxies both support it.
    // The directline client refreshes the token itself (POST {domain}/tokens/refresh).
    var options = {
      directLine: window.WebChat.createDirectLine({ token: session.token, domain: session.domain, webSocket: false }),
      locale: locale,
      styleOptions: styleOptions(locale)
    };
    if (session.userId) options.userID = session.userId;
    window.WebChat.renderWebChat(options, element);
  }

  window.SalesCoachWebChat = { mount: mount };

  function mountAll() {
    document.querySelectorAll('[data-salescoach-webchat]').forEach(function (element) { mount(element); });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
