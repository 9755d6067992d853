// #/network/<id>: the neighbourhood of an entity drawn with Cytoscape.js; a click unfolds a node.
// Filters (kinds, relationship types, as-of date) and the unfolded nodes are in the address.

import { gql, ENTITY_BRIEF } from './api.js';
import { h, fill } from './dom.js';
import { t, pick, kindLabel, typeLabel, KIND_NAMES, TYPE_NAMES, lang } from './i18n.js';
import { href, list } from './router.js';
import {
	link, kindBadge, basisBadge, basisLegend, entityLink, exportLinks, loading, errorMessage, notFoundMessage, viewHeading,
} from './components.js';

const CYTOSCAPE = '/webjars/cytoscape/3.33.1/dist/cytoscape.min.js';

const LIMIT = 100;

const QUERY = `query Neighbourhood($ids: [ID!]!, $types: [RelationshipType!], $kinds: [EntityKind!], $asOf: DateOrPartial, $first: Int) {
  nodes(ids: $ids) {
    ... on Entity {
      ...Brief degree
      neighbors(types: $types, kinds: $kinds, asOf: $asOf, first: $first) {
        totalCount
        edges { direction node { ...Brief degree } relationship { id type status basis validFrom { text } } }
      }
    }
  }
}
${ENTITY_BRIEF}`;

export const COLORS = {
	ORGANIZATION: '#2f6db5', PERSON: '#8a5a9e', REGION: '#3f8f4f', CLUSTER: '#d9822b', INDUSTRIAL_COMPLEX: '#a0522d',
	COUNCIL: '#c2416b', AGREEMENT: '#b8860b', PROGRAM: '#138a8a', PLAN: '#5b6770', PLAN_ITEM: '#7d8a93',
	EVENT: '#d64541', SECTOR: '#6b8e23', FACILITY: '#4b5fa8', LAW: '#704214',
};

/** Edge colours by basis; style.css draws the legend's samples and badges in the same colours. */
export const BASIS_COLORS = { STATED: '#9aa5b1', PLANNED: '#c05e00', INFERRED: '#7b4bb3' };

let loader = null;

function cytoscapeLibrary() {
	if (window.cytoscape) {
		return Promise.resolve(window.cytoscape);
	}
	if (!loader) {
		loader = new Promise((resolve, reject) => {
			const script = document.createElement('script');
			script.src = CYTOSCAPE;
			script.onload = () => resolve(window.cytoscape);
			script.onerror = () => reject(new Error('Cytoscape.js did not load'));
			document.head.appendChild(script);
		});
	}
	return loader;
}

export async function render(main, route) {
	const center = route.args.join('/');
	const filter = {
		kinds: list(route.params, 'kinds').filter((k) => KIND_NAMES.includes(k)),
		types: list(route.params, 'types').filter((k) => TYPE_NAMES.includes(k)),
		asOf: route.params.get('asOf') || '',
	};
	const expanded = [center, ...list(route.params, 'expand').filter((id) => id !== center)];
	const heading = viewHeading(center);
	const canvas = h('div', { id: 'network-canvas', class: 'network-canvas', role: 'img', 'aria-label': center });
	const selected = h('div', { class: 'selected', id: 'network-selected', 'aria-live': 'polite' },
		h('h2', {}, t('network.selected')), h('p', { class: 'muted' }, t('network.none')));
	const nodeList = h('ul', { class: 'node-list', id: 'network-nodes' });
	const listHeading = h('h2', { id: 'network-list-heading' });
	const notice = h('p', { class: 'notice', role: 'status' }, loading());
	const exports = h('div', { class: 'export-slot' });
	fill(main,
		h('div', { class: 'network-view' },
			h('header', { class: 'network-header' }, heading,
				h('p', { class: 'hint' }, t('network.hint')), exports, notice),
			filterForm(center, filter, expanded),
			h('div', { class: 'network-main' }, basisLegend(), canvas),
			h('aside', { class: 'network-side', 'aria-labelledby': 'network-list-heading' },
				h('section', { class: 'card', 'aria-label': t('network.selected') }, selected),
				h('section', { class: 'card' }, listHeading, nodeList))));

	const graph = { nodes: new Map(), edges: new Map(), expanded: new Set(), truncated: [] };
	let cy;
	try {
		const [library] = await Promise.all([cytoscapeLibrary(), load(graph, expanded, filter)]);
		cy = library({
			container: canvas,
			elements: elements(graph),
			style: STYLE,
			// The first drawing: the entity in the middle, its neighbours around it; unfolding uses cose.
			layout: expanded.length > 1 ? { ...layoutOptions(), randomize: true }
				: { name: 'concentric', concentric: (n) => (n.id() === center ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 40, padding: 30, animate: false },
			minZoom: 0.2,
			maxZoom: 3,
		});
	}
	catch (error) {
		fill(notice, errorMessage(error));
		return;
	}
	// A few nodes would otherwise be blown up to fill the canvas.
	if (cy.zoom() > 1.3) {
		cy.zoom(1.3);
		cy.center();
	}
	const centerNode = graph.nodes.get(center);
	if (!centerNode) {
		fill(notice, notFoundMessage(center));
		return;
	}
	fill(heading, t('network.title', { name: pick(centerNode.name) }));
	canvas.setAttribute('aria-label', t('network.graphLabel', { name: pick(centerNode.name) }));
	cy.$id(center).addClass('center');
	main.dataset.network = 'ready';
	window.explorerNetwork = cy;

	const refresh = () => {
		const exportParams = { around: center, hops: graph.expanded.size > 1 ? 2 : 1, ...filter };
		fill(exports, exportLinks(exportParams));
		fill(notice, graph.truncated.length > 0
			? graph.truncated.map((tr) => h('span', { class: 'truncated' }, pick(tr.name) + ': ' + t('network.truncated', tr) + ' '))
			: null);
		fill(listHeading, t('network.list', { n: graph.nodes.size }));
		fill(nodeList, [...graph.nodes.values()]
			.sort((a, b) => pick(a.name).localeCompare(pick(b.name)))
			.map((node) => h('li', { class: 'node-item' + (graph.expanded.has(node.id) ? ' expanded' : ''), 'data-id': node.id },
				swatch(node.kind),
				entityLink(node), ' ', kindBadge(node.kind), ' ',
				graph.expanded.has(node.id)
					? h('span', { class: 'muted' }, t('network.expanded'))
					: h('button', { type: 'button', class: 'expand', onclick: () => expand(node.id) }, t('network.expand')))));
	};

	const select = (element) => {
		if (element.isNode()) {
			const node = graph.nodes.get(element.id());
			fill(selected, h('h2', {}, t('network.selected')),
				h('p', {}, entityLink(node), ' ', kindBadge(node.kind)),
				h('p', {}, h('a', { href: link('network', [node.id], { ...filter }) }, t('entity.network'))));
		}
		else {
			const edge = graph.edges.get(element.id());
			const from = graph.nodes.get(edge.from);
			const to = graph.nodes.get(edge.to);
			fill(selected, h('h2', {}, t('network.selected')),
				h('p', {}, entityLink(from), ' ', h('span', { class: 'rel-type' }, typeLabel(edge.type, true)), ' ', entityLink(to)),
				h('p', {}, basisBadge(edge.basis)),
				edge.validFrom ? h('p', {}, t('rel.since', { date: edge.validFrom.text })) : null,
				h('p', {}, h('a', { href: link('node', [edge.id]) }, t('rel.permalink'))));
		}
	};

	const expand = async (id) => {
		if (graph.expanded.has(id)) {
			return;
		}
		try {
			const before = new Set(graph.nodes.keys());
			await load(graph, [id], filter);
			const added = elements(graph).filter((el) => cy.getElementById(el.data.id).length === 0);
			// New neighbours start on a ring around the node they hang from, so the layout spreads them outwards.
			const origin = cy.getElementById(id).position();
			const fresh = added.filter((el) => el.group === 'nodes' && !before.has(el.data.id));
			fresh.forEach((el, i) => {
				const angle = (2 * Math.PI * i) / fresh.length;
				el.position = { x: origin.x + 140 * Math.cos(angle), y: origin.y + 140 * Math.sin(angle) };
			});
			cy.add(added);
			if (fresh.length > 0) {
				cy.layout(layoutOptions()).run();
			}
			// Keep the address in step without re-rendering: a shared link reopens the same unfolded view.
			const unfolded = [...graph.expanded].filter((x) => x !== center);
			history.replaceState(null, '', href('network', [center], { ...filter, expand: unfolded }, lang()));
			refresh();
		}
		catch (error) {
			fill(notice, errorMessage(error));
		}
	};

	cy.on('tap', 'node', (event) => {
		select(event.target);
		expand(event.target.id());
	});
	cy.on('tap', 'edge', (event) => select(event.target));
	refresh();
}

async function load(graph, ids, filter) {
	const data = await gql(QUERY, {
		ids,
		types: filter.types.length > 0 ? filter.types : null,
		kinds: filter.kinds.length > 0 ? filter.kinds : null,
		asOf: filter.asOf || null,
		first: LIMIT,
	});
	for (const entity of data.nodes) {
		if (!entity || !entity.id) {
			continue;
		}
		graph.expanded.add(entity.id);
		if (!graph.nodes.has(entity.id)) {
			graph.nodes.set(entity.id, entity);
		}
		const neighbours = entity.neighbors;
		if (neighbours.totalCount > neighbours.edges.length) {
			graph.truncated.push({ name: entity.name, shown: neighbours.edges.length, total: neighbours.totalCount });
		}
		for (const edge of neighbours.edges) {
			if (!graph.nodes.has(edge.node.id)) {
				graph.nodes.set(edge.node.id, edge.node);
			}
			const rel = edge.relationship;
			const outgoing = edge.direction === 'OUTGOING';
			graph.edges.set(rel.id, {
				id: rel.id, type: rel.type, basis: rel.basis, validFrom: rel.validFrom,
				from: outgoing ? entity.id : edge.node.id, to: outgoing ? edge.node.id : entity.id,
			});
		}
	}
}

function swatch(kind) {
	const el = h('span', { class: 'swatch', 'aria-hidden': 'true' });
	el.style.backgroundColor = COLORS[kind] || '#777';
	return el;
}

function label(entity) {
	if (entity.acronyms && entity.acronyms.length > 0 && lang() === 'en') {
		return entity.acronyms[0];
	}
	const name = pick(entity.name);
	return name.length > 22 ? name.slice(0, 21) + '…' : name;
}

function elements(graph) {
	const nodes = [...graph.nodes.values()].map((entity) => ({
		group: 'nodes',
		data: { id: entity.id, label: label(entity), kind: entity.kind, color: COLORS[entity.kind] || '#777' },
	}));
	const edges = [...graph.edges.values()].map((edge) => ({
		group: 'edges',
		data: {
			id: edge.id, source: edge.from, target: edge.to, label: typeLabel(edge.type, true), type: edge.type,
			basis: edge.basis || 'STATED',
		},
	}));
	return nodes.concat(edges);
}

function layoutOptions() {
	return { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 100, nodeOverlap: 20, padding: 30 };
}

const STYLE = [
	{
		selector: 'node',
		style: {
			'background-color': 'data(color)', label: 'data(label)', 'font-size': 11, color: '#1d2733',
			'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'ellipsis', 'text-max-width': 140,
			'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': 1,
			width: 22, height: 22,
		},
	},
	{ selector: 'node.center', style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#1d2733', 'font-weight': 'bold' } },
	{ selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#ffbf47' } },
	{
		selector: 'edge',
		style: {
			width: 1.5, 'line-color': '#9aa5b1', 'target-arrow-color': '#9aa5b1', 'target-arrow-shape': 'triangle',
			'curve-style': 'bezier', 'arrow-scale': 0.8,
		},
	},
	// Planned and inferred links are told apart by line style as well as colour (the legend says which is which).
	{ selector: 'edge[basis = "PLANNED"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 4], width: 2, 'line-color': BASIS_COLORS.PLANNED, 'target-arrow-color': BASIS_COLORS.PLANNED } },
	{ selector: 'edge[basis = "INFERRED"]', style: { 'line-style': 'dotted', width: 2, 'line-color': BASIS_COLORS.INFERRED, 'target-arrow-color': BASIS_COLORS.INFERRED } },
	{ selector: 'edge:selected', style: { 'line-color': '#ffbf47', 'target-arrow-color': '#ffbf47', width: 3, label: 'data(label)', 'font-size': 10 } },
];

function filterForm(center, filter, expanded) {
	const checkboxes = (name, values, chosen, labelOf) => values.map((value) => h('label', { class: 'check' },
		h('input', { type: 'checkbox', name, value, checked: chosen.includes(value) }), ' ', labelOf(value)));
	const form = h('form', { class: 'card filters network-filters', 'aria-labelledby': 'filters-heading' },
		h('h2', { id: 'filters-heading' }, t('network.filters')),
		h('p', { class: 'muted' }, t('network.filterHint')),
		h('fieldset', {}, h('legend', {}, t('network.kinds')),
			h('div', { class: 'checks' }, checkboxes('kinds', KIND_NAMES, filter.kinds, kindLabel))),
		h('fieldset', {}, h('legend', {}, t('network.types')),
			h('div', { class: 'checks scroll' }, checkboxes('types', TYPE_NAMES, filter.types, (type) => typeLabel(type, true)))),
		h('p', { class: 'field small' }, h('label', { for: 'network-as-of' }, t('network.asOf')),
			h('input', { id: 'network-as-of', name: 'asOf', type: 'date', value: filter.asOf })),
		h('p', { class: 'field submit' },
			h('button', { type: 'submit', id: 'network-apply' }, t('network.apply')), ' ',
			h('a', { href: link('network', [center]) }, t('network.reset'))));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const values = new FormData(form);
		window.location.hash = href('network', [center], {
			kinds: values.getAll('kinds'), types: values.getAll('types'), asOf: values.get('asOf'),
			expand: expanded.filter((id) => id !== center),
		}, lang());
	});
	return form;
}
