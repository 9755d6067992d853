// #/measures: rankings by degree, betweenness and PageRank with communities, each figure explained in one line,
// and a note on what the figures rest on: the handful of documents the graph is built from, counted by
// publisher from the API, so that nobody mistakes the seed's shape for the ecosystem's.

import { gql } from './api.js';
import { h, fill } from './dom.js';
import { t, pick, KIND_NAMES, kindLabel, lang } from './i18n.js';
import { href } from './router.js';
import { link, entityLink, kindBadge, errorMessage, viewHeading, nextSteps, loading } from './components.js';

export const MEASURES = ['BETWEENNESS', 'DEGREE', 'PAGE_RANK'];

/** Rows shown in the table; the communities panel groups the larger page fetched. */
const SHOWN = 25;

const FETCHED = 100;

const QUERY = `query Rankings($measure: Measure!, $among: [EntityKind!], $first: Int) {
  rankings(measure: $measure, among: $among, first: $first) {
    totalCount
    network { entities relationships communities modularity }
    edges { rank value node { id kind name { ko en } acronyms } measures { community communitySize } }
  }
}`;

const SOURCES = `query Coverage { sources { id title { ko en } publisher { ko en } publisherEntity { id name { ko en } } published { text } } }`;

export async function render(main, route) {
	const asked = route.params.get('measure');
	const measure = MEASURES.includes(asked) ? asked : 'BETWEENNESS';
	const kind = KIND_NAMES.includes(route.params.get('kind')) ? route.params.get('kind') : '';
	const coverage = h('aside', { class: 'card coverage-note', id: 'coverage-note', role: 'note', 'aria-labelledby': 'coverage-heading' },
		h('h2', { id: 'coverage-heading' }, t('measures.coverage.title')), loading());
	const results = h('div', { class: 'measures-results', 'aria-live': 'polite' }, loading());
	fill(main, viewHeading(t('measures.title')), h('p', { class: 'lead' }, t('measures.intro')),
		coverage, filterForm(measure, kind), explanations(), results);
	const [sources, rankings] = await Promise.allSettled([gql(SOURCES),
		gql(QUERY, { measure, among: kind ? [kind] : null, first: FETCHED })]);
	fillCoverage(coverage, sources);
	if (rankings.status === 'rejected') {
		fill(results, errorMessage(rankings.reason));
		return;
	}
	const ranking = rankings.value.rankings;
	if (ranking.edges.length === 0) {
		fill(results, h('p', { class: 'none' }, t('measures.none')),
			nextSteps([[link('measures', [], { measure }), t('measures.title')], [link('home'), t('next.home')]]));
		return;
	}
	const network = ranking.network;
	fill(results,
		h('p', { class: 'muted network-summary' }, t('measures.network', {
			entities: network.entities, relationships: network.relationships, communities: network.communities,
			modularity: network.modularity.toFixed(2),
		})),
		rankingTable(measure, ranking),
		communities(ranking.edges));
}

/** The coverage note: how many documents, and how many from each publisher, as the API lists them. */
function fillCoverage(coverage, answer) {
	const heading = coverage.querySelector('h2');
	if (answer.status === 'rejected') {
		fill(coverage, heading, h('p', {}, t('measures.coverage.bias')), errorMessage(answer.reason));
		return;
	}
	const sources = answer.value.sources;
	const byPublisher = new Map();
	for (const source of sources) {
		// By the publishing body where the API knows it: a city's team and the city are one publisher.
		const name = source.publisherEntity ? pick(source.publisherEntity.name) : pick(source.publisher);
		byPublisher.set(name, (byPublisher.get(name) || 0) + 1);
	}
	const publishers = [...byPublisher.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.map(([name, n]) => t('measures.coverage.publisher', { name, n }));
	fill(coverage, heading,
		h('p', { class: 'coverage-text', 'data-documents': String(sources.length) },
			h('strong', {}, t('measures.coverage.text', { n: sources.length }))),
		h('p', { class: 'coverage-publishers' }, t('measures.coverage.publishers', { list: publishers.join(', ') })),
		h('p', { class: 'coverage-bias' }, t('measures.coverage.bias')),
		h('details', { class: 'coverage-sources' }, h('summary', {}, t('measures.coverage.sources')),
			h('ul', { class: 'sources' }, sources.map((s) => h('li', { 'data-source': s.id },
				h('a', { href: link('node', [s.id]) }, pick(s.title)), ' — ', pick(s.publisher), ', ', s.published.text)))));
}

function filterForm(measure, kind) {
	const form = h('form', { class: 'card filters inline measures-filters', 'aria-label': t('measures.title') },
		h('p', { class: 'field small' }, h('label', { for: 'measures-measure' }, t('measures.measure')),
			h('select', { id: 'measures-measure', name: 'measure' },
				MEASURES.map((m) => h('option', { value: m, selected: m === measure }, t('measures.' + m))))),
		h('p', { class: 'field small' }, h('label', { for: 'measures-kind' }, t('measures.kind')),
			h('select', { id: 'measures-kind', name: 'kind' },
				h('option', { value: '' }, t('network.all')),
				KIND_NAMES.map((k) => h('option', { value: k, selected: k === kind }, kindLabel(k))))),
		h('p', { class: 'field submit' }, h('button', { type: 'submit', id: 'measures-apply' }, t('measures.apply'))));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const values = new FormData(form);
		window.location.hash = href('measures', [], { measure: values.get('measure'), kind: values.get('kind') }, lang());
	});
	return form;
}

/** One line per figure, always in view: a number without its meaning invites the wrong reading. */
function explanations() {
	return h('section', { class: 'card measures-explained', 'aria-labelledby': 'measures-explained-heading' },
		h('h2', { id: 'measures-explained-heading' }, t('measures.explain')),
		h('ul', { class: 'explanations' }, [...MEASURES, 'community'].map((m) =>
			h('li', { 'data-measure': m }, t('measures.explain.' + m)))));
}

function format(measure, value) {
	if (measure === 'DEGREE') {
		return String(Math.round(value));
	}
	if (measure === 'PAGE_RANK') {
		return value.toFixed(4);
	}
	return value.toFixed(1);
}

function rankingTable(measure, ranking) {
	const edges = ranking.edges.slice(0, SHOWN);
	return h('section', { class: 'card ranking', 'aria-labelledby': 'ranking-heading' },
		h('h2', { id: 'ranking-heading' }, t('measures.ranking', { measure: t('measures.' + measure), n: edges.length, total: ranking.totalCount })),
		h('div', { class: 'table-scroll' },
			h('table', { class: 'ranking-table', 'data-measure': measure },
				h('thead', {}, h('tr', {},
					h('th', { scope: 'col' }, t('measures.rank')), h('th', { scope: 'col' }, t('measures.entity')),
					h('th', { scope: 'col', class: 'number' }, t('measures.value')),
					h('th', { scope: 'col', class: 'number' }, t('measures.community')))),
				h('tbody', {}, edges.map((edge) => h('tr', { 'data-id': edge.node.id },
					h('td', { class: 'number' }, String(edge.rank)),
					h('td', {}, entityLink(edge.node), ' ', kindBadge(edge.node.kind)),
					h('td', { class: 'number' }, format(measure, edge.value)),
					h('td', { class: 'number' }, String(edge.measures.community))))))));
}

/** The largest communities among the ranked page, each with its best-ranked members. */
function communities(edges) {
	const groups = new Map();
	for (const edge of edges) {
		const id = edge.measures.community;
		if (!groups.has(id)) {
			groups.set(id, { id, size: edge.measures.communitySize, members: [] });
		}
		groups.get(id).members.push(edge.node);
	}
	const largest = [...groups.values()].filter((g) => g.size > 1).sort((a, b) => b.size - a.size || a.id - b.id).slice(0, 6);
	return h('section', { class: 'card communities', 'aria-labelledby': 'communities-heading' },
		h('h2', { id: 'communities-heading' }, t('measures.communities')),
		h('ul', { class: 'community-list' }, largest.map((group) => h('li', { 'data-community': String(group.id) },
			h('p', { class: 'community-name' }, t('measures.communityItem', { n: group.id, size: group.size })),
			h('p', { class: 'community-members' }, group.members.slice(0, 5).map((node, i) => [i > 0 ? ', ' : '', entityLink(node)]))))));
}
