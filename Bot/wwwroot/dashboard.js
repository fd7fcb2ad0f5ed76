// The manager's dashboard: reads /api/dashboard/* for the signed-in user and draws it with echarts. Every figure
// comes from the server (the KPI skill's own answers); this module only lays them out, in Chinese or English.
// The URL carries the view (?scope=&period=&metric=&locale=), so a chat card or a Teams tab can deep-link to it.

const STRINGS = {
  'zh-CN': {
    title: '销售仪表盘', scope: '范围', period: '时间', kpis: '关键指标', trend: '趋势', ranking: '排名', channels: '渠道构成',
    goals: '目标进度', riskMatrix: '风险矩阵', riskRegister: '风险登记表', callbacks: '回访', training: '培训计划',
    language: 'English', chatHide: '隐藏聊天', chatShow: '显示聊天', loading: '正在加载…',
    who: '{0}（{1}）· {2} · {3}', role: { admin: '管理员', manager: '经理', rep: '销售' },
    periods: { month: '本月', 'last-month': '上月', quarter: '本季度', 'last-quarter': '上季度', year: '今年', 'last-year': '去年' },
    custom: '自定义：{0}', versus: '较上期', noComparison: '无上期数据', noData: '暂无数据', partial: '（截至今天）',
    rankingRep: '个人视图不显示同事排名。', rankingNone: '这个范围没有可排名的数据。',
    goalsNone: '这个范围还没有进行中的目标。在聊天里说“帮我设定目标”即可创建。',
    goalHead: ['目标', '负责人', '目标值', '已完成', '完成率', '应完成', '预计', '截止'], done: '已完成', expected: '应完成',
    onTrack: '进度正常', behind: '落后',
    risksNone: '这个范围还没有做过风险检查。在聊天里说“做个风险检查”即可开始。', assessed: '{0} 由 {1} 评估',
    riskHead: ['风险', '可能性', '影响', '分数', '等级', '应对', '负责人', '期限'], likelihood: '可能性', impact: '影响',
    dueTitle: '7 天内到期的回访提醒', dueNone: '7 天内没有到期的回访提醒。', overdue: '已过期',
    quietTitle: '{0} 家客户超过 {1} 天没有联系', quietNone: '没有超过 {0} 天未联系的客户。', lastContact: '上次联系 {0}', never: '从未联系',
    trainingNone: '这个范围还没有培训计划。在聊天里问“谁需要培训”即可生成。',
    planStatus: { proposed: '待确认', accepted: '已接受', declined: '已拒绝' }, session: '第 {0} 项 · {1} · {2} · {3}', past: '已过',
    error: '无法加载仪表盘（{0}）。', refused: '无权查看：{0}', signIn: '请先登录。', retry: '重试',
    units: { hours: '小时' }, channelOther: '其他'
  },
  'en-US': {
    title: 'Sales dashboard', scope: 'Scope', period: 'Period', kpis: 'Key figures', trend: 'Trend', ranking: 'Ranking', channels: 'Channel mix',
    goals: 'Goal pace', riskMatrix: 'Risk matrix', riskRegister: 'Risk register', callbacks: 'Callbacks', training: 'Training plans',
    language: '中文', chatHide: 'Hide chat', chatShow: 'Show chat', loading: 'Loading…',
    who: '{0} ({1}) · {2} · {3}', role: { admin: 'Admin', manager: 'Manager', rep: 'Rep' },
    periods: { month: 'This month', 'last-month': 'Last month', quarter: 'This quarter', 'last-quarter': 'Last quarter', year: 'This year', 'last-year': 'Last year' },
    custom: 'Custom: {0}', versus: 'vs previous', noComparison: 'no previous data', noData: 'no data', partial: ' (to date)',
    rankingRep: 'Your own view shows no colleagues\' ranking.', rankingNone: 'Nothing to rank in this scope.',
    goalsNone: 'No active goals in this scope. Say "set a goal" in the chat to create one.',
    goalHead: ['Goal', 'Owner', 'Target', 'Done', 'Achieved', 'Expected', 'Forecast', 'Due'], done: 'Done', expected: 'Expected',
    onTrack: 'on track', behind: 'behind',
    risksNone: 'This scope has no risk check yet. Say "run a risk check" in the chat to start one.', assessed: 'assessed {0} by {1}',
    riskHead: ['Risk', 'Likelihood', 'Impact', 'Score', 'Level', 'Response', 'Owner', 'Due'], likelihood: 'Likelihood', impact: 'Impact',
    dueTitle: 'Callback reminders due within 7 days', dueNone: 'No callback reminders due within 7 days.', overdue: 'overdue',
    quietTitle: '{0} customers not contacted for over {1} days', quietNone: 'No customer has gone {0} days without contact.', lastContact: 'last contact {0}', never: 'never contacted',
    trainingNone: 'No training plans in this scope. Ask "who needs coaching" in the chat to get one.',
    planStatus: { proposed: 'proposed', accepted: 'accepted', declined: 'declined' }, session: 'item {0} · {1} · {2} · {3}', past: 'past',
    error: 'The dashboard could not be loaded ({0}).', refused: 'Not allowed: {0}', signIn: 'Please sign in first.', retry: 'Retry',
    units: { hours: 'h' }, channelOther: 'Other'
  }
};

const params = new URLSearchParams(window.location.search);
const locale = /^zh/i.test(params.get('locale') || localStorage.getItem('salescoach.locale') || navigator.language || '') ? 'zh-CN' : 'en-US';
const T = STRINGS[locale];
const state = { scope: params.get('scope') || '', period: params.get('period') || 'month', metric: params.get('metric') || 'revenue', summary: null };
const charts = {};

const $ = (id) => document.getElementById(id);
const format = (text, ...args) => args.reduce((s, a, i) => s.replace('{' + i + '}', a), text);

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined) continue;
    if (key === 'class') node.className = value; else node.setAttribute(key, value);
  }
  for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child);
  return node;
}

// Money in the company currency, compact the way each language reads it (122.6万 / 1.2M); the tile's title keeps the exact figure.
function formatValue(value, unit, compact = true) {
  if (value === null || value === undefined) return '—';
  const n = Number(value);
  if (unit === 'percent') return n.toFixed(1) + '%';
  if (unit === 'hours') return n.toFixed(1) + ' ' + T.units.hours;
  if (unit === 'score') return n.toFixed(2);
  if (unit === 'count') return new Intl.NumberFormat(locale).format(n);
  return new Intl.NumberFormat(locale, { style: 'currency', currency: unit, notation: compact ? 'compact' : 'standard', maximumFractionDigits: compact ? 1 : 2 }).format(n);
}

function formatChange(comparison, unit) {
  if (!comparison || comparison.change === null || comparison.change === undefined) return T.noComparison;
  const sign = comparison.change > 0 ? '▲' : comparison.change < 0 ? '▼' : '＝';
  if (unit === 'percent') return `${sign} ${Math.abs(comparison.change).toFixed(1)} pts ${T.versus}`;
  if (comparison.changePercent !== null && comparison.changePercent !== undefined) return `${sign} ${Math.abs(comparison.changePercent).toFixed(1)}% ${T.versus}`;
  return `${sign} ${formatValue(Math.abs(comparison.change), unit)} ${T.versus}`;
}

function query(extra) {
  const q = new URLSearchParams({ locale, period: state.period, ...extra });
  if (state.scope) q.set('scope', state.scope);
  return q.toString();
}

class DashboardError extends Error {
  constructor(status, body) { super(body && (body.reason || body.message) || 'HTTP ' + status); this.status = status; }
}

async function api(path, extra = {}) {
  const response = await fetch(`api/dashboard/${path}?${query(extra)}`, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  let body = null;
  try { body = await response.json(); } catch { body = null; }
  if (!response.ok) throw new DashboardError(response.status, body);
  return body;
}

function chart(id) {
  if (!window.echarts) return null;
  if (!charts[id]) charts[id] = window.echarts.init($(id), null, { renderer: 'canvas' });
  return charts[id];
}

function showStatus(message, retry) {
  const box = $('dash-status');
  box.replaceChildren(message ? el('span', {}, message) : '');
  if (retry) box.append(' ', el('button', { type: 'button', class: 'dash-button' }, T.retry));
  box.querySelector('button')?.addEventListener('click', load);
  box.classList.toggle('dash-status--error', Boolean(retry));
}

function renderControls(summary) {
  const scope = $('dash-scope');
  scope.replaceChildren(...summary.scopes.map((s) => el('option', { value: s.token, selected: s.token === summary.scope.token ? '' : null },
    '\u2003'.repeat(s.depth) + s.name)));
  scope.disabled = summary.scopes.length < 2;
  const period = $('dash-period');
  const tokens = summary.periods.includes(summary.period.token) ? summary.periods : [summary.period.token, ...summary.periods];
  period.replaceChildren(...tokens.map((p) => el('option', { value: p, selected: p === summary.period.token ? '' : null },
    T.periods[p] || format(T.custom, summary.period.label))));
  $('dash-who').textContent = format(T.who, summary.viewer.name, T.role[summary.viewer.role] || summary.viewer.role, summary.scope.name, summary.period.label);
}

function renderTiles(summary) {
  const grid = $('dash-tile-grid');
  grid.replaceChildren(...summary.tiles.map((tile) => {
    const meta = summary.metrics.find((m) => m.key === tile.metric) || { higherIsBetter: true };
    const change = tile.comparison && tile.comparison.change;
    const good = change === null || change === undefined || change === 0 ? '' : (change > 0) === meta.higherIsBetter ? 'dash-tile--good' : 'dash-tile--bad';
    return el('button', {
      type: 'button', class: `dash-tile ${good} ${tile.metric === state.metric ? 'dash-tile--selected' : ''}`,
      'data-metric': tile.metric, 'data-value': tile.value ?? '', 'aria-pressed': String(tile.metric === state.metric),
      title: `${tile.metricName}: ${formatValue(tile.value, tile.unit, false)} · ${tile.period.label}`
    },
    el('span', { class: 'dash-tile__name' }, tile.metricName),
    el('span', { class: 'dash-tile__value' }, tile.value === null || tile.value === undefined ? T.noData : formatValue(tile.value, tile.unit)),
    el('span', { class: 'dash-tile__change' }, formatChange(tile.comparison, tile.unit)));
  }));
  grid.querySelectorAll('.dash-tile').forEach((button) => button.addEventListener('click', () => {
    state.metric = button.dataset.metric;
    updateUrl();
    renderTiles(summary);
    loadCharts();
  }));
}

const PALETTE = ['#0f6cbd', '#13a10e', '#ca5010', '#8764b8', '#038387', '#c239b3', '#986f0b', '#4f6bed'];

function renderCharts(data) {
  const trend = data.trend;
  $('dash-metric-name').textContent = trend.metricName || '';
  chart('dash-trend')?.setOption({
    color: PALETTE, tooltip: { trigger: 'axis', valueFormatter: (v) => formatValue(v, trend.unit, false) },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: (trend.trend || []).map((p) => p.label) },
    yAxis: { type: 'value', axisLabel: { formatter: (v) => formatValue(v, trend.unit) } },
    series: [{ type: 'line', smooth: true, areaStyle: { opacity: 0.12 }, data: (trend.trend || []).map((p) => p.value), name: trend.metricName }]
  }, true);

  const ranking = data.ranking;
  const rankingBox = $('dash-ranking');
  if (!ranking || !ranking.ranking || ranking.ranking.length === 0) {
    charts['dash-ranking']?.dispose(); delete charts['dash-ranking'];
    rankingBox.replaceChildren(el('p', { class: 'dash-empty' }, ranking ? T.rankingNone : T.rankingRep));
  } else {
    if (!charts['dash-ranking']) rankingBox.replaceChildren();
    const rows = [...ranking.ranking].reverse();
    chart('dash-ranking')?.setOption({
      color: PALETTE, tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => formatValue(v, ranking.unit, false) },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: (v) => formatValue(v, ranking.unit) } },
      yAxis: { type: 'category', data: rows.map((r) => r.name) },
      series: [{ type: 'bar', data: rows.map((r) => r.value), label: { show: true, position: 'right', formatter: (p) => formatValue(p.value, ranking.unit) } }]
    }, true);
  }

  const mix = data.channels;
  chart('dash-channels')?.setOption({
    color: PALETTE, tooltip: { trigger: 'item', valueFormatter: (v) => formatValue(v, mix.unit, false) },
    legend: { bottom: 0, type: 'scroll' },
    series: [{ type: 'pie', radius: ['40%', '68%'], center: ['50%', '44%'], label: { formatter: '{d}%' },
      data: (mix.channels || []).map((c) => ({ name: data.channelNames[c.channel] || c.channel, value: c.revenue })) }]
  }, true);
}

function table(head, rows) {
  return el('div', { class: 'dash-table-wrap' }, el('table', { class: 'dash-table' },
    el('thead', {}, el('tr', {}, head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows.map((r) => el('tr', {}, r.map((c) => el('td', {}, c)))))));
}

const percent = (v) => (v === null || v === undefined ? '—' : Number(v).toFixed(1) + '%');

function renderGoals(data) {
  const box = $('dash-goals');
  const goals = data.goals;
  const graph = $('dash-goals-chart');
  graph.hidden = goals.length === 0;
  if (goals.length === 0) { box.replaceChildren(el('p', { class: 'dash-empty' }, T.goalsNone)); return; }
  chart('dash-goals-chart')?.setOption({
    color: ['#0f6cbd', '#c8c6c4'], tooltip: { trigger: 'axis', valueFormatter: (v) => percent(v) }, legend: { top: 0 },
    grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: goals.map((g) => `${g.ownerName} · ${g.metricName}`), axisLabel: { interval: 0, overflow: 'truncate', width: 90 } },
    yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
    series: [{ name: T.done, type: 'bar', data: goals.map((g) => g.percentAchieved) }, { name: T.expected, type: 'bar', data: goals.map((g) => g.expectedPercent) }]
  }, true);
  box.replaceChildren(table(T.goalHead, goals.map((g) => [
    el('span', {}, (g.onTrack ? '🟢 ' : '🟠 ') + g.metricName), g.ownerName, g.targetText, g.valueText, percent(g.percentAchieved),
    g.isTotal ? percent(g.expectedPercent) : '—', g.forecastText, g.lastDay])));
}

function renderRisks(data) {
  const register = data.register || [];
  const box = $('dash-risks');
  if (!data.assessmentId) {
    box.replaceChildren(el('p', { class: 'dash-empty' }, T.risksNone));
  } else {
    box.replaceChildren(el('p', { class: 'dash-note' }, format(T.assessed, data.assessedAt, data.assessedBy)),
      table(T.riskHead, register.map((r) => [r.name, r.likelihood, r.impact, el('strong', { class: `dash-level dash-level--${r.level}` }, String(r.score)), r.levelText, r.response, r.owner, r.dueDate])));
  }
  // Cells coloured by the playbook's bands (score = likelihood × impact: ≥15 high, ≥5 medium), each rated risk a dot.
  const cells = [];
  for (let l = 1; l <= 5; l++) for (let i = 1; i <= 5; i++) cells.push([i - 1, l - 1, l * i]);
  chart('dash-risk-matrix')?.setOption({
    tooltip: { formatter: (p) => p.seriesType === 'scatter' ? p.data[2] : `${T.likelihood} ${p.data[1] + 1} × ${T.impact} ${p.data[0] + 1} = ${p.data[2]}` },
    grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: [1, 2, 3, 4, 5], name: T.impact, nameLocation: 'middle', nameGap: 24, splitArea: { show: true } },
    yAxis: { type: 'category', data: [1, 2, 3, 4, 5], name: T.likelihood, nameLocation: 'middle', nameGap: 24, splitArea: { show: true } },
    visualMap: { show: false, type: 'piecewise', seriesIndex: 0, pieces: [{ min: 15, color: '#f1707b' }, { min: 5, max: 14, color: '#fce100' }, { max: 4, color: '#9fd89f' }] },
    series: [
      { type: 'heatmap', data: cells, label: { show: true, color: '#605e5c' }, itemStyle: { borderColor: '#fff', borderWidth: 2 } },
      { type: 'scatter', symbolSize: 14, itemStyle: { color: '#242424' }, data: register.map((r, n) => [r.impact - 1, r.likelihood - 1, `${n + 1}. ${r.name}`]),
        label: { show: true, formatter: (p) => String(p.dataIndex + 1), color: '#fff', fontSize: 10 } }
    ]
  }, true);
}

function renderCallbacks(data) {
  const due = data.due.length === 0 ? el('p', { class: 'dash-empty' }, T.dueNone)
    : el('ul', { class: 'dash-list' }, data.due.map((r) => el('li', { class: r.overdue ? 'dash-overdue' : null },
      `${r.at} · ${r.owner || ''} · ${r.customer || r.subject}`, r.overdue ? el('strong', {}, ' ' + T.overdue) : null)));
  const quiet = data.quietCount === 0 ? el('p', { class: 'dash-empty' }, format(T.quietNone, data.quietDays))
    : el('ul', { class: 'dash-list' }, data.quiet.map((c) => el('li', {}, `${c.name} · ${c.owner || ''} · ${c.lastContact ? format(T.lastContact, c.lastContact) : T.never}`)));
  $('dash-callbacks').replaceChildren(el('h3', { class: 'dash-subtitle' }, T.dueTitle), due,
    el('h3', { class: 'dash-subtitle' }, format(T.quietTitle, data.quietCount, data.quietDays)), quiet);
}

function renderTraining(data) {
  const box = $('dash-training');
  if (data.plans.length === 0) { box.replaceChildren(el('p', { class: 'dash-empty' }, T.trainingNone)); return; }
  box.replaceChildren(el('ul', { class: 'dash-list' }, data.plans.map((p) => el('li', {},
    el('strong', {}, `${p.subjectName} · ${T.planStatus[p.status] || p.status}`),
    el('ul', {}, p.items.map((i) => el('li', { class: i.past ? 'dash-past' : null }, format(T.session, i.position, i.metricName, i.trainees.join('、'), i.on) + (i.past ? ` (${T.past})` : '')))))))));
}

function updateUrl() {
  const q = new URLSearchParams(window.location.search);
  if (state.scope) q.set('scope', state.scope); else q.delete('scope');
  q.set('period', state.period);
  q.set('metric', state.metric);
  history.replaceState(null, '', `${window.location.pathname}?${q}`);
}

function explain(error) {
  if (error.status === 401) return T.signIn;
  if (error.status === 403) return format(T.refused, error.message);
  return format(T.error, error.message);
}

async function loadCharts() {
  try { renderCharts(await api('charts', { metric: state.metric })); } catch (error) { showStatus(explain(error), true); }
}

async function load() {
  $('dash-main').setAttribute('aria-busy', 'true');
  showStatus(T.loading);
  try {
    const summary = await api('summary');
    state.summary = summary;
    state.scope = summary.scope.token;
    if (!summary.metrics.some((m) => m.key === state.metric)) state.metric = 'revenue';
    updateUrl();
    renderControls(summary);
    renderTiles(summary);
    const [chartsData, goals, risks, callbacks, training] = await Promise.all([
      api('charts', { metric: state.metric }), api('goals'), api('risks'), api('callbacks'), api('training')]);
    renderCharts(chartsData);
    renderGoals(goals);
    renderRisks(risks);
    renderCallbacks(callbacks);
    renderTraining(training);
    showStatus('');
    document.body.dataset.loaded = 'true';
  } catch (error) {
    showStatus(explain(error), error.status !== 401 && error.status !== 403);
    document.body.dataset.loaded = 'error';
  } finally {
    $('dash-main').setAttribute('aria-busy', 'false');
  }
}

function setUpPage() {
  document.documentElement.lang = locale;
  document.title = `${T.title} · SalesCoachBot`;
  document.querySelectorAll('[data-text]').forEach((node) => { node.textContent = T[node.dataset.text]; });
  const language = $('dash-language');
  language.textContent = T.language;
  language.addEventListener('click', () => {
    const other = locale === 'zh-CN' ? 'en-US' : 'zh-CN';
    localStorage.setItem('salescoach.locale', other);
    const q = new URLSearchParams(window.location.search);
    q.set('locale', other);
    window.location.search = q.toString();
  });
  const toggle = $('dash-chat-toggle');
  const setChat = (open) => {
    document.body.classList.toggle('dash--chat-closed', !open);
    toggle.textContent = open ? T.chatHide : T.chatShow;
    toggle.setAttribute('aria-expanded', String(open));
    Object.values(charts).forEach((c) => c.resize());
  };
  // On a phone the chat starts folded away below the figures; on a laptop it sits beside them.
  setChat(!window.matchMedia('(max-width: 900px)').matches);
  toggle.addEventListener('click', () => setChat(document.body.classList.contains('dash--chat-closed')));
  $('dash-scope').addEventListener('change', (e) => { state.scope = e.target.value; load(); });
  $('dash-period').addEventListener('change', (e) => { state.period = e.target.value; load(); });
  window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
}

setUpPage();
load();
