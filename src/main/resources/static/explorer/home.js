// #/: what the graph is, example journeys (each one click away), its size and its documents.

import { gql } from './api.js';
import { h, fill } from './dom.js';
import { t, pick } from './i18n.js';
import { link, viewHeading } from './components.js';

/** The example journeys: the space triangle and the MOU are reachable in two clicks from here. */
const JOURNEYS = [
	['journey-path', 'journey.path', 'path', ['org:kaist', 'cluster:jeonnam-space-launch-vehicle']],
	['journey-triangle', 'journey.triangle', 'network', ['cluster:national-space-industry-triangle']],
	['journey-mou', 'journey.mou', 'node', ['agreement:daejeon-space-mou-2023']],
	['journey-kaist', 'journey.kaist', 'node', ['org:kaist']],
	['journey-timeline', 'journey.timeline', 'timeline', []],
	['journey-measures', 'journey.measures', 'measures', []],
];

const QUERY = `query Home {
  sources { id title { ko en } publisher { ko en } published { text } }
}`;

const STATS = `query Stats { stats { entities relationships evidence sources } }`;

export async function render(main) {
	const stats = h('div', { class: 'stats' });
	const sources = h('ul', { class: 'sources' });
	fill(main,
		h('section', { class: 'hero' },
			viewHeading(t('home.heading')),
			h('p', { class: 'lead' }, t('home.intro'))),
		h('section', { class: 'journeys', 'aria-labelledby': 'journeys-heading' },
			h('h2', { id: 'journeys-heading' }, t('home.journeys')),
			h('ul', { class: 'journey-list' }, JOURNEYS.map(([id, label, view, args]) =>
				h('li', {}, h('a', { id, class: 'journey', href: link(view, args) }, t(label)))))),
		h('section', { class: 'card', 'aria-labelledby': 'stats-heading' },
			h('h2', { id: 'stats-heading' }, t('home.stats')), stats),
		h('section', { class: 'card', 'aria-labelledby': 'sources-heading' },
			h('h2', { id: 'sources-heading' }, t('home.sources')), sources));
	try {
		const data = await gql(QUERY);
		fill(sources, data.sources.map((s) => h('li', {},
			h('a', { href: link('node', [s.id]) }, pick(s.title)), ' — ', pick(s.publisher), ', ', s.published.text)));
	}
	catch (error) {
		fill(sources);
	}
	try {
		const data = await gql(STATS);
		const s = data.stats;
		fill(stats, ['entities', 'relationships', 'evidence', 'sources'].map((key) =>
			h('p', { class: 'stat' }, h('strong', {}, String(s[key])), ' ', t('stats.' + key))));
	}
	catch (error) {
		// Counts are a nicety: without them the page still works.
		stats.closest('section').hidden = true;
	}
}
