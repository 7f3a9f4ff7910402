import type { Example } from '../analytics/examples.js';

export interface PageOptions {
  assets: { react: string; reactDom: string; graphiqlJs: string; graphiqlCss: string };
  endpoint: string;
  examples: Example[];
}

/** A query (and its variables, as editor text) to open on arrival: GET /explorer?query=…&variables=… */
export interface DeepLink {
  query: string;
  variables: string;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON inside <script>: "<" escaped so no string can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const EXAMPLES_TITLE = 'Ví dụ (Examples)';

/**
 * Runs in the browser: GraphiQL with the examples as default tabs (first visit) and a side panel
 * that opens any example in a new tab. Plain ES5 + React.createElement, so no build step is needed.
 */
const CLIENT = `
(function () {
  var data = JSON.parse(document.getElementById('qcdc-explorer-data').textContent);
  var h = React.createElement;
  var STORAGE = 'qcdc-explorer';
  var vars = function (ex) { return ex.variables ? JSON.stringify(ex.variables, null, 2) : ''; };
  var link = data.link;
  var tabs = data.examples.map(function (ex) { return { query: ex.query, variables: vars(ex) }; });
  // a deep link opens in front: as the first tab on a first visit (GraphiQL then ignores the query
  // prop), and through the query/variables props afterwards (GraphiQL adds a tab, or selects the
  // stored tab holding the same text)
  if (link) tabs.unshift({ query: link.query, variables: link.variables });

  function ExamplesPanel() {
    var editors = GraphiQL.React.useEditorContext({ nonNull: true });
    function open(ex) {
      editors.addTab();
      // the new tab's editors are filled once React has switched to it
      setTimeout(function () {
        if (editors.queryEditor) editors.queryEditor.setValue(ex.query);
        if (editors.variableEditor) editors.variableEditor.setValue(vars(ex));
      }, 0);
    }
    return h('div', { className: 'qcdc-examples' },
      h('div', { className: 'graphiql-doc-explorer-title' }, data.examplesTitle),
      h('p', null, 'Bấm để mở trong thẻ mới. Click to open in a new tab.'),
      h('ul', null, data.examples.map(function (ex, i) {
        return h('li', { key: i },
          h('button', { type: 'button', className: 'graphiql-un-styled qcdc-example', onClick: function () { open(ex); } }, ex.title));
      })));
  }

  function ExamplesIcon() {
    return h('svg', { viewBox: '0 0 24 24', width: 24, height: 24, fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, 'aria-hidden': true },
      h('path', { d: 'M4 5h16M4 10h16M4 15h10M4 20h7' }));
  }

  var examplesPlugin = { title: data.examplesTitle, icon: ExamplesIcon, content: ExamplesPanel };
  // show the examples panel on a first visit; afterwards GraphiQL remembers what the user chose
  // (GraphiQL keys its settings "<our namespace>:graphiql:<name>")
  try {
    var key = STORAGE + ':graphiql:visiblePlugin';
    if (window.localStorage.getItem(key) === null) window.localStorage.setItem(key, data.examplesTitle);
  } catch (e) { /* storage disabled: the panel stays one click away */ }

  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(h(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url: data.endpoint }),
    storage: GraphiQL.createLocalStorage({ namespace: STORAGE }),
    defaultTabs: tabs,
    query: link ? link.query : undefined,
    variables: link ? link.variables : undefined,
    defaultEditorToolsVisibility: 'variables',
    plugins: [examplesPlugin],
  }));
})();
`;

/**
 * The explorer's HTML: every URL in it is a path on this server. A deep link's text travels only
 * inside the JSON data element (scriptJson), never into markup or script source.
 */
export function explorerPage(options: PageOptions, link: DeepLink | null = null): string {
  const { assets } = options;
  const data = { endpoint: options.endpoint, examples: options.examples, examplesTitle: EXAMPLES_TITLE, link };
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>QCDC Hub — Khám phá GraphQL (GraphQL explorer)</title>
<link rel="stylesheet" href="${escapeHtml(assets.graphiqlCss)}">
<style>
  html, body, #graphiql { height: 100%; margin: 0; }
  .qcdc-examples ul { list-style: none; padding: 0; margin: 0; }
  .qcdc-examples li { margin: 0 0 var(--px-8, 8px); }
  .qcdc-example { text-align: left; width: 100%; padding: var(--px-8, 8px); border-radius: var(--border-radius-4, 4px);
    background: hsla(var(--color-neutral), var(--alpha-background-light)); cursor: pointer; }
  .qcdc-example:hover { background: hsla(var(--color-primary), var(--alpha-background-medium)); }
</style>
</head>
<body>
<div id="graphiql">Đang tải trình khám phá GraphQL… (loading the GraphQL explorer)</div>
<noscript>Trình khám phá cần JavaScript. The explorer needs JavaScript; the API itself answers at ${escapeHtml(options.endpoint)}.</noscript>
<script src="${escapeHtml(assets.react)}"></script>
<script src="${escapeHtml(assets.reactDom)}"></script>
<script src="${escapeHtml(assets.graphiqlJs)}"></script>
<script id="qcdc-explorer-data" type="application/json">${scriptJson(data)}</script>
<script>${CLIENT}</script>
</body>
</html>
`;
}
