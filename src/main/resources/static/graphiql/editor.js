// Starts GraphiQL against this service's /graphql with an example that shows sources and quotes.
(function () {
  var defaultQuery = [
    '# Innograph: the Korean innovation ecosystem as a graph, every link with its source.',
    '# Press the run button (or Ctrl-Enter). Open "Docs" for the whole schema.',
    '',
    'query WhoSignedTheSpaceMou {',
    '  entity(key: "agreement:daejeon-space-mou-2023") {',
    '    name { ko en }',
    '    date { text }',
    '    parties: relationships(types: [PARTY_TO]) {',
    '      nodes {',
    '        from { name { ko en } acronyms }',
    '        evidence { quote locator source { title { ko } publisher { ko } published { text } } }',
    '      }',
    '    }',
    '  }',
    '}',
    ''
  ].join('\n');
  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  // The logo corner links back to the explorer, the service's home page.
  var home = React.createElement('a', { className: 'innograph-home', href: '/', title: 'Back to the Innograph explorer' },
    '← Innograph explorer');
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: defaultQuery,
    defaultEditorToolsVisibility: true
  }, React.createElement(GraphiQL.Logo, null, home)));
})();
