// #/network/<id>: the neighbourhood of an entity drawn with Cytoscape.js; a click (or "unfold" in the list)
// unfolds a node. Filters (kinds, relationship types, as-of date) and the unfolded nodes are in the address.
//
// What is drawn is the export endpoint's own answer for the view's address
// (/export/cytoscape?around=<id>&hops=1&expand=<unfolded>&kinds=&types=&asOf=): the centre, its neighbours,
// the neighbours of every unfolded node and all relationships among them. The export links carry the same
// parameters, so a download holds exactly the nodes and relationships on the screen, and relationships
// between two neighbours (the three sides of the space triangle) are drawn, not only those to the centre.

import { gql, fetchJson, refusal, ENTITY_BRIEF } from './api.js';
import { h, fill } from './dom.js';
import { t, pick, kindLabel, typeLabel, roleLabel, statusLabel, KIND_NAMES, TYPE_NAMES, lang } from './i18n.js';
import { href, list, absolute } from './router.js';
import {
	link, kindBadge, basisBadge, basisLegend, entityLink, exportLinks, exportUrl, loading, errorMessage, notFoundMessage,
	viewHeading,
} from './components.js';
import { networkSvg } from './network-svg.js';

const CYTOSCAPE = '/webjars/cytoscape/3.33.1/dist/cytoscape.min.js';

/** Most nodes unfolded around the centre: the export's bound (ExportRequest.MAX_EXPAND). */
export const MAX_UNFOLDED = 30;

/** Drawings with at most this many relationships show every relationship's label. */
const ALWAYS_LABELLED = 10;

/**
 * Up to this many, the relationships among the neighbours (the sides of a triangle, a council's complexes
 * with their regions) keep their labels; those to the centre, which all meet there, show theirs on hover and
 * focus. Larger drawings label on hover, focus and selection only.
 */
const STRUCTURE_LABELLED = 60;

/** Smallest label size on screen, in CSS pixels: labels grow as the map zooms out rather than shrink below it. */
const LEGIBLE = 11;

/** Label sizes at zoom 1. */
const NODE_FONT = 13;
const EDGE_FONT = 12;

/**
 * With more nodes than this, zooming out below legible labels hides them except for the centre, the unfolded
 * nodes and what is hovered, focused or selected; the layout then spaces the nodes rather than their labels
 * (wide labels made cose stack such drawings in a narrow column).
 */
const CROWDED = 25;

const ROOTS = `query NetworkRoots($ids: [ID!]!) { nodes(ids: $ids) { ... on Entity { ...Brief } } }
${ENTITY_BRIEF}`;

export const COLORS = {
	ORGANIZATION: '#2f6db5', PERSON: '#8a5a9e', REGION: '#3f8f4f', CLUSTER: '#d9822b', INDUSTRIAL_COMPLEX: '#a0522d',
	COUNCIL: '#c2416b', AGREEMENT: '#b8860b', PROGRAM: '#138a8a', PLAN: '#5b6770', PLAN_ITEM: '#7d8a93',
	EVENT: '#d64541', SECTOR: '#6b8e23', FACILITY: '#4b5fa8', LAW: '#704214',
};

/** Edge colours by basis; style.css draws the legend's samples and badges in the same colours. */
export const BASIS_COLORS = { STATED: '#9aa5b1', PLANNED: '#c05e00', INFERRED: '#7b4bb3' };

/**
 * How settled a link is (its status) is drawn by its arrowhead, since colour and dashes already tell its basis:
 * in force (signed, confirmed, designated, in operation) a filled arrow, intended (planned, proposed,
 * announced) a hollow one, completed an arrow with a bar, no status an open one. The legend shows each.
 */
const STATUS_ENDS = {
	SIGNED: 'settled', CONFIRMED: 'settled', DESIGNATED: 'settled', IN_OPERATION: 'settled',
	PLANNED: 'intended', PROPOSED: 'intended', ANNOUNCED: 'intended', COMPLETED: 'done',
};

/** A link without a status: the legend's and the drawing's name for it. */
const NO_STATUS = 'NONE';

function statusEnd(status) {
	return STATUS_ENDS[status] || 'none';
}

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
	const unfolded = [...new Set(list(route.params, 'expand').filter((id) => id !== center))].slice(0, MAX_UNFOLDED);
	const heading = viewHeading(center);
	const canvas = h('div', {
		id: 'network-canvas', class: 'network-canvas', role: 'img', 'aria-label': center, tabindex: '0',
		'aria-describedby': 'network-keys',
	});
	const frame = h('div', { class: 'network-frame' }, canvas);
	const selected = h('div', { class: 'selected', id: 'network-selected', 'aria-live': 'polite' },
		h('h2', {}, t('network.selected')), h('p', { class: 'muted' }, t('network.none')));
	const nodeList = h('ul', { class: 'node-list', id: 'network-nodes' });
	const listHeading = h('h2', { id: 'network-list-heading', tabindex: '-1' });
	const notice = h('p', { class: 'notice', role: 'status' }, loading());
	const exports = h('div', { class: 'export-slot' });
	const legend = h('div', { class: 'network-legend', id: 'network-legend' });
	const permalink = h('a', { id: 'network-permalink', class: 'network-permalink', href: '#' }, t('network.permalink'));
	const status = h('span', { class: 'network-status muted', role: 'status' });
	const toolbar = h('div', { class: 'network-toolbar', role: 'toolbar', 'aria-label': t('network.tools') },
		h('button', { type: 'button', id: 'network-fit', class: 'tool' }, t('network.fit')),
		h('button', { type: 'button', id: 'network-png', class: 'tool' }, t('network.savePng')),
		h('button', { type: 'button', id: 'network-svg', class: 'tool' }, t('network.saveSvg')),
		h('button', { type: 'button', id: 'network-copy', class: 'tool' }, t('network.copyLink')),
		permalink, status);
	const skipToList = h('a', { href: '#network-list-heading', class: 'skip-to-list', id: 'network-skip' }, t('network.skipToList'));
	// The list (with its "unfold" buttons) comes before the filters in the page's order, so that the keyboard
	// reaches it first; the grid still shows the filters on the left.
	fill(main,
		h('div', { class: 'network-view' },
			h('header', { class: 'network-header' }, heading, skipToList,
				h('p', { class: 'hint' }, t('network.hint')), toolbar, exports, notice),
			h('div', { class: 'network-main' }, frame,
				h('p', { class: 'hint keys', id: 'network-keys' }, t('network.keys')), basisLegend(), legend),
			h('aside', { class: 'network-side', 'aria-labelledby': 'network-list-heading' },
				h('section', { class: 'card', 'aria-label': t('network.selected') }, selected),
				h('section', { class: 'card' }, listHeading, nodeList)),
			filterForm(center, filter, () => state.unfolded)));
	skipToList.addEventListener('click', (event) => {
		// A plain #fragment would replace the route.
		event.preventDefault();
		listHeading.focus();
	});

	const state = { center, filter, unfolded, rootKinds: new Set(), graph: null };
	let cy;
	let centerEntity = null;
	try {
		const [library, roots] = await Promise.all([cytoscapeLibrary(), gql(ROOTS, { ids: [center, ...unfolded] })]);
		centerEntity = roots.nodes[0];
		if (!centerEntity || !centerEntity.id) {
			fill(notice, notFoundMessage(center));
			return;
		}
		fill(heading, t('network.title', { name: pick(centerEntity.name) }));
		canvas.setAttribute('aria-label', t('network.graphLabel', { name: pick(centerEntity.name) }));
		roots.nodes.filter((n) => n && n.kind).forEach((n) => state.rootKinds.add(n.kind));
		state.graph = await drawing(state);
		cy = library({
			container: canvas,
			elements: elements(state.graph, center, labelLength(canvas), state.unfolded),
			style: STYLE,
			layout: { name: 'preset' },
			minZoom: 0.2,
			maxZoom: 3,
			boxSelectionEnabled: false,
		});
	}
	catch (error) {
		if (centerEntity && error.code === 'NOT_FOUND' && filter.asOf) {
			// The entity exists but not on that day (a later agreement, an ended designation): say so, not "unknown id".
			fill(notice, h('p', { class: 'error', role: 'alert' }, t('network.notOnDate', { name: pick(centerEntity.name), date: filter.asOf })),
				h('p', {}, h('a', { href: link('network', [center], { ...filter, asOf: '', expand: unfolded }) }, t('network.anyDate'))));
			return;
		}
		fill(notice, errorMessage(error));
		return;
	}
	arrange(cy, state);
	let pending = false;
	cy.on('zoom', () => {
		if (!pending) {
			pending = true;
			requestAnimationFrame(() => {
				pending = false;
				legible(cy);
			});
		}
	});
	main.dataset.network = 'ready';
	window.explorerNetwork = cy;
	guardPageGestures(frame, canvas);
	keyboard(canvas, cy);

	const refresh = () => {
		const params = exportParams(state);
		fill(exports, exportLinks(params));
		const address = href('network', [center], { ...filter, expand: state.unfolded }, lang());
		permalink.href = absolute(address);
		fill(notice, state.unfolded.length >= MAX_UNFOLDED ? t('network.tooMany', { n: MAX_UNFOLDED }) : null);
		fill(legend, drawnLegend(state.graph));
		fill(listHeading, t('network.list', { n: state.graph.nodes.size }));
		const roots = new Set([center, ...state.unfolded]);
		fill(nodeList, [...state.graph.nodes.values()]
			.sort((a, b) => pick(a.name).localeCompare(pick(b.name)))
			.map((node) => h('li', { class: 'node-item' + (roots.has(node.id) ? ' expanded' : ''), 'data-id': node.id },
				swatch(node.kind),
				entityLink(node), ' ', kindBadge(node.kind), ' ',
				roots.has(node.id)
					? h('span', { class: 'muted' }, t('network.expanded'))
					: h('button', {
						type: 'button', class: 'expand', disabled: state.unfolded.length >= MAX_UNFOLDED,
						'aria-label': t('network.expandName', { name: pick(node.name) }),
						onclick: () => expand(node.id, true),
					}, t('network.expand')))));
	};

	const select = (element) => {
		if (element.isNode()) {
			const node = state.graph.nodes.get(element.id());
			fill(selected, h('h2', {}, t('network.selected')),
				h('p', {}, entityLink(node), ' ', kindBadge(node.kind)),
				h('p', {}, h('a', { href: link('network', [node.id], { ...filter }) }, t('entity.network'))));
		}
		else {
			const edge = state.graph.edges.get(element.id());
			const from = state.graph.nodes.get(edge.from);
			const to = state.graph.nodes.get(edge.to);
			fill(selected, h('h2', {}, t('network.selected')),
				h('p', {}, entityLink(from), ' ', h('span', { class: 'rel-type' }, typeLabel(edge.type, true)), ' ', entityLink(to)),
				edge.role ? h('p', {}, t('rel.role') + ': ' + roleLabel(edge.role)) : null,
				h('p', {}, basisBadge(edge.basis)),
				edge.validFrom ? h('p', {}, t('rel.since', { date: edge.validFrom })) : null,
				h('p', {}, h('a', { href: link('node', [edge.id]) }, t('rel.permalink'))));
		}
	};

	const expand = async (id, fromList) => {
		if (id === center || state.unfolded.includes(id) || state.unfolded.length >= MAX_UNFOLDED) {
			return;
		}
		try {
			state.unfolded = [...state.unfolded, id];
			state.graph = await drawing(state);
			const chosen = cy.$(':selected').map((el) => el.id());
			cy.batch(() => {
				cy.elements().remove();
				cy.add(elements(state.graph, center, labelLength(canvas), state.unfolded));
			});
			chosen.forEach((elementId) => cy.getElementById(elementId).select());
			arrange(cy, state);
			// Keep the address in step without re-rendering: a shared link reopens the same unfolded view.
			history.replaceState(null, '', href('network', [center], { ...filter, expand: state.unfolded }, lang()));
			refresh();
			if (fromList) {
				// The button pressed is gone (the node is unfolded now): the focus stays on that node's entry.
				const item = nodeList.querySelector(`li[data-id="${CSS.escape(id)}"] a`);
				if (item) {
					item.focus();
				}
			}
		}
		catch (error) {
			state.unfolded = state.unfolded.filter((x) => x !== id);
			fill(notice, errorMessage(error));
		}
	};

	cy.on('tap', 'node', (event) => {
		select(event.target);
		expand(event.target.id(), false);
	});
	cy.on('tap', 'edge', (event) => select(event.target));
	// Full names and relationship labels on hover; the same for the selected element (keyboard: the list).
	cy.on('mouseover', 'node', (event) => {
		event.target.addClass('hover');
		event.target.connectedEdges().addClass('hover');
	});
	cy.on('mouseout', 'node', (event) => {
		event.target.removeClass('hover');
		event.target.connectedEdges().removeClass('hover');
	});
	cy.on('mouseover', 'edge', (event) => event.target.addClass('hover'));
	cy.on('mouseout', 'edge', (event) => event.target.removeClass('hover'));
	nodeList.addEventListener('focusin', (event) => {
		const item = event.target.closest('li[data-id]');
		cy.elements().removeClass('hover');
		if (item) {
			const node = cy.getElementById(item.dataset.id);
			node.addClass('hover');
			node.connectedEdges().addClass('hover');
		}
	});
	nodeList.addEventListener('focusout', () => cy.elements().removeClass('hover'));

	const fileName = (extension) => 'innograph-network-' + center.replace(/^[a-z_-]+:/i, '').replace(/[^\p{L}\p{N}-]+/gu, '-')
		+ '-' + new Date().toISOString().slice(0, 10) + '.' + extension;
	toolbar.querySelector('#network-fit').addEventListener('click', () => fit(cy));
	toolbar.querySelector('#network-png').addEventListener('click', () => {
		// Twice the screen's resolution, but a large drawing is scaled down rather than made a huge file.
		download(cy.png({ output: 'blob', full: true, scale: 2, maxWidth: 6000, maxHeight: 6000, bg: '#ffffff' }), fileName('png'));
	});
	toolbar.querySelector('#network-svg').addEventListener('click', () => {
		const title = heading.textContent + ' — ' + permalink.href;
		download(new Blob([networkSvg(cy, title)], { type: 'image/svg+xml' }), fileName('svg'));
	});
	toolbar.querySelector('#network-copy').addEventListener('click', async () => {
		try {
			await navigator.clipboard.writeText(permalink.href);
			fill(status, t('network.copied'));
		}
		catch (e) {
			// Without clipboard access the link beside the button still carries the address.
			fill(status, t('network.copyFailed'));
		}
	});
	refresh();
}

/** The export parameters of the view: its subject and filters, with the kinds of the unfolded nodes kept. */
function exportParams(state) {
	// A kind filter never hides the centre or a node the reader unfolded: their kinds are always taken in.
	const kinds = state.filter.kinds.length > 0 ? [...new Set([...state.filter.kinds, ...state.rootKinds])] : [];
	return {
		around: state.center, hops: 1, expand: state.unfolded, kinds, types: state.filter.types, asOf: state.filter.asOf,
	};
}

/** The drawing for the view's state, read from the export endpoint (see the top of this file). */
async function drawing(state) {
	// The rate limit prices this export by its size (2 points and 1 per unfolded node): should the budget run
	// out all the same, fetchJson waits as it does for queries rather than show an error for a short wait.
	const { response, body } = await fetchJson(exportUrl('cytoscape', exportParams(state)),
		{ headers: { Accept: 'application/json' } });
	if (!response.ok) {
		throw refusal(response, body);
	}
	const graph = { nodes: new Map(), edges: new Map() };
	for (const { data } of body.elements.nodes) {
		graph.nodes.set(data.id, {
			id: data.id, kind: data.kind, name: { ko: data.nameKo || null, en: data.nameEn || null },
			acronyms: data.acronyms ? data.acronyms.split('; ') : [],
		});
	}
	for (const { data } of body.elements.edges) {
		graph.edges.set(data.id, {
			id: data.id, type: data.relType, basis: data.basis || 'STATED', role: data.role || null,
			status: data.status || NO_STATUS, validFrom: data.validFrom || null, from: data.source, to: data.target,
		});
	}
	return graph;
}

function swatch(kind) {
	const el = h('span', { class: 'swatch', 'aria-hidden': 'true' });
	el.style.backgroundColor = COLORS[kind] || '#777';
	return el;
}

/** How many characters a short label keeps: fewer on a phone, where labels would otherwise cover each other. */
function labelLength(canvas) {
	return canvas.clientWidth < 500 ? 12 : 21;
}

/** The short label drawn under a node: the acronym in English, else the name, cut to `length` characters. */
function shortLabel(entity, length) {
	if (entity.acronyms && entity.acronyms.length > 0 && lang() === 'en') {
		return entity.acronyms[0];
	}
	const name = pick(entity.name);
	return name.length > length + 1 ? name.slice(0, length) + '…' : name;
}

/** The full name, with the acronym, shown on hover, focus and selection. */
function fullLabel(entity) {
	const name = pick(entity.name);
	const acronym = entity.acronyms && entity.acronyms[0];
	return acronym && !name.includes(acronym) ? name + ' (' + acronym + ')' : name;
}

function edgeLabel(edge) {
	return typeLabel(edge.type, true) + (edge.role ? ' · ' + roleLabel(edge.role) : '');
}

function elements(graph, center, length, unfolded) {
	const size = graph.edges.size;
	// Parallel relationships between two nodes share one label (their types joined) so that labels do not pile up.
	const pairs = new Map();
	for (const edge of graph.edges.values()) {
		const pair = [edge.from, edge.to].sort().join(' ');
		if (!pairs.has(pair)) {
			pairs.set(pair, { first: edge.id, labels: [] });
		}
		const label = edgeLabel(edge);
		if (!pairs.get(pair).labels.includes(label)) {
			pairs.get(pair).labels.push(label);
		}
	}
	const labelled = (edge) => size <= ALWAYS_LABELLED
		|| (size <= STRUCTURE_LABELLED && edge.from !== center && edge.to !== center);
	const nodes = [...graph.nodes.values()].map((entity) => ({
		group: 'nodes',
		classes: entity.id === center ? 'center' : unfolded.includes(entity.id) ? 'unfolded' : '',
		data: {
			id: entity.id, label: shortLabel(entity, length), full: fullLabel(entity), kind: entity.kind,
			color: COLORS[entity.kind] || '#777',
		},
	}));
	const edges = [...graph.edges.values()].map((edge) => {
		const pair = pairs.get([edge.from, edge.to].sort().join(' '));
		const first = pair.first === edge.id;
		return {
			group: 'edges',
			classes: first && labelled(edge) ? 'labelled' : '',
			data: {
				id: edge.id, source: edge.from, target: edge.to, label: edgeLabel(edge), type: edge.type, basis: edge.basis,
				status: edge.status, end: statusEnd(edge.status), pairLabel: first ? pair.labels.join(' / ') : edgeLabel(edge),
			},
		};
	});
	return nodes.concat(edges);
}

/**
 * Lays the drawing out the same way for the same nodes and relationships, so that the view's address
 * reproduces it: the nodes start on a circle in the order of their ids, the centre in the middle, and a
 * force-directed layout (cose, which leaves room for the labels) spreads them; linked neighbours pull
 * together, so three mutually linked clusters form a triangle.
 */
function arrange(cy, state) {
	const others = cy.nodes().filter((n) => n.id() !== state.center).sort((a, b) => (a.id() < b.id() ? -1 : 1));
	const radius = 60 + 25 * others.length;
	others.forEach((node, i) => {
		const angle = (2 * Math.PI * i) / others.length - Math.PI / 2;
		node.position({ x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
	});
	cy.getElementById(state.center).position({ x: 0, y: 0 });
	const layout = {
		name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: cy.nodes().length <= CROWDED,
		nodeRepulsion: () => 1000000,
		idealEdgeLength: () => 170, edgeElasticity: () => 60, gravity: 0.3, nodeOverlap: 30, padding: 30,
		componentSpacing: 80, numIter: 2000,
	};
	cy.layout(layout).run();
	fit(cy);
}

/** Shows the whole drawing, but never blows a few nodes up beyond a comfortable size. */
function fit(cy) {
	cy.fit(undefined, 30);
	if (cy.zoom() > 1.3) {
		cy.zoom(1.3);
		cy.center();
	}
	legible(cy);
}

/**
 * Keeps every label drawn at least LEGIBLE pixels high on screen: zoomed out, labels grow in the drawing's
 * units instead of shrinking (Cytoscape's own min-zoomed-font-size rounds the zoom to powers of two and lets
 * 7-pixel labels through). In a crowded drawing zoomed out that far, only the labels of the centre and of
 * what is hovered, focused or selected stay; zooming in brings the others back.
 */
function legible(cy) {
	const zoom = cy.zoom();
	const nodeFont = Math.max(NODE_FONT, LEGIBLE / zoom);
	const edgeFont = Math.max(EDGE_FONT, LEGIBLE / zoom);
	const far = cy.nodes().length > CROWDED && nodeFont > NODE_FONT;
	cy.batch(() => {
		cy.nodes().style({ 'font-size': nodeFont, 'text-max-width': Math.round(160 * nodeFont / NODE_FONT) });
		cy.edges().style('font-size', edgeFont);
		cy.elements().toggleClass('far', far);
	});
}

/**
 * On a phone one finger scrolls the page and two fingers pan and zoom the map; the wheel scrolls the page
 * unless the map has the focus or Ctrl is held. Cytoscape takes every touch and wheel event over its
 * container, so the frame around it stops the ones that belong to the page before they reach it (capture
 * phase), and style.css lets the browser scroll on one finger (touch-action).
 */
function guardPageGestures(frame, canvas) {
	let start = null;
	let moved = false;
	frame.addEventListener('wheel', (event) => {
		if (!event.ctrlKey && !canvas.contains(document.activeElement)) {
			event.stopPropagation();
		}
	}, { capture: true, passive: true });
	frame.addEventListener('touchstart', (event) => {
		if (event.touches.length === 1) {
			start = { x: event.touches[0].clientX, y: event.touches[0].clientY };
			moved = false;
		}
	}, { capture: true, passive: true });
	frame.addEventListener('touchmove', (event) => {
		if (event.touches.length === 1) {
			if (start && Math.hypot(event.touches[0].clientX - start.x, event.touches[0].clientY - start.y) > 8) {
				moved = true;
			}
			event.stopPropagation();
		}
	}, { capture: true, passive: true });
	frame.addEventListener('touchend', (event) => {
		// A one-finger scroll that ends over a node is not a tap on it.
		if (moved && event.touches.length === 0) {
			event.stopPropagation();
			moved = false;
		}
	}, { capture: true, passive: true });
	frame.addEventListener('focusin', () => frame.classList.add('focused'));
	frame.addEventListener('focusout', () => frame.classList.remove('focused'));
}

/** Keys on the focused map: arrows pan, + and - zoom, 0 fits the whole drawing. */
function keyboard(canvas, cy) {
	canvas.addEventListener('keydown', (event) => {
		const step = 60;
		const pans = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
		const middle = { x: canvas.clientWidth / 2, y: canvas.clientHeight / 2 };
		if (pans[event.key]) {
			cy.panBy({ x: pans[event.key][0], y: pans[event.key][1] });
		}
		else if (event.key === '+' || event.key === '=') {
			cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: middle });
		}
		else if (event.key === '-') {
			cy.zoom({ level: cy.zoom() / 1.2, renderedPosition: middle });
		}
		else if (event.key === '0') {
			fit(cy);
		}
		else {
			return;
		}
		event.preventDefault();
	});
}

function download(blob, name) {
	const url = URL.createObjectURL(blob);
	const anchor = h('a', { href: url, download: name, class: 'visually-hidden' });
	document.body.appendChild(anchor);
	anchor.click();
	anchor.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** What the drawing's colours and lines mean: the kinds and relationship types drawn, with their counts. */
function drawnLegend(graph) {
	const count = (values) => [...values.reduce((m, v) => m.set(v, (m.get(v) || 0) + 1), new Map())];
	const kinds = count([...graph.nodes.values()].map((n) => n.kind)).sort((a, b) => b[1] - a[1]);
	const types = count([...graph.edges.values()].map((e) => e.type)).sort((a, b) => b[1] - a[1]);
	const statuses = count([...graph.edges.values()].map((e) => e.status)).sort((a, b) => b[1] - a[1]);
	return [
		h('div', { class: 'legend-group', 'aria-label': t('network.legendKinds'), role: 'note' },
			h('p', { class: 'legend-title' }, t('network.legendKinds')),
			h('ul', {}, kinds.map(([kind, n]) => h('li', { 'data-kind': kind }, swatch(kind), ' ', kindLabel(kind),
				h('span', { class: 'muted' }, ' ' + n))))),
		h('div', { class: 'legend-group', 'aria-label': t('network.legendTypes'), role: 'note' },
			h('p', { class: 'legend-title' }, t('network.legendTypes')),
			h('ul', {}, types.map(([type, n]) => h('li', { 'data-type': type }, h('span', { class: 'type-line', 'aria-hidden': 'true' }),
				' ', typeLabel(type, true), h('span', { class: 'muted' }, ' ' + n))))),
		h('div', { class: 'legend-group', 'aria-label': t('network.legendStatus'), role: 'note', id: 'network-legend-status' },
			h('p', { class: 'legend-title' }, t('network.legendStatus')),
			h('ul', {}, statuses.map(([status, n]) => h('li', { 'data-status': status, 'data-end': statusEnd(status) },
				endSample(statusEnd(status)), ' ', status === NO_STATUS ? t('network.noStatus') : statusLabel(status),
				h('span', { class: 'muted' }, ' (' + t('network.end.' + statusEnd(status)) + ') ' + n))))),
	];
}

/** A short line with the arrowhead a status is drawn with (see STATUS_ENDS), as in the drawing. */
function endSample(end) {
	const SVG = 'http://www.w3.org/2000/svg';
	const el = (name, attributes) => {
		const node = document.createElementNS(SVG, name);
		Object.entries(attributes).forEach(([key, value]) => node.setAttribute(key, value));
		return node;
	};
	const svg = el('svg', { class: 'end-sample', viewBox: '0 0 28 10', width: 28, height: 10, 'aria-hidden': 'true' });
	const color = BASIS_COLORS.STATED;
	svg.appendChild(el('line', { x1: 1, y1: 5, x2: end === 'none' ? 26 : 19, y2: 5, stroke: color, 'stroke-width': 2 }));
	if (end === 'none') {
		svg.appendChild(el('polyline', { points: '20,1 26,5 20,9', fill: 'none', stroke: color, 'stroke-width': 1.5 }));
	} else {
		svg.appendChild(el('polygon', {
			points: '19,1 27,5 19,9', fill: end === 'intended' ? '#ffffff' : color, stroke: color, 'stroke-width': 1.2,
		}));
	}
	if (end === 'done') {
		svg.appendChild(el('line', { x1: 16, y1: 1, x2: 16, y2: 9, stroke: color, 'stroke-width': 2 }));
	}
	return svg;
}

const LABEL_BOX = { 'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 2 };

const STYLE = [
	{
		selector: 'node',
		style: {
			'background-color': 'data(color)', label: 'data(label)', 'font-size': NODE_FONT, color: '#1d2733',
			'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'ellipsis', 'text-max-width': 160, ...LABEL_BOX,
			width: 22, height: 22,
		},
	},
	{ selector: 'node.center', style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#1d2733', 'font-weight': 'bold' } },
	{
		selector: 'node.hover, node:selected',
		style: { label: 'data(full)', 'text-wrap': 'wrap', 'text-max-width': 220, 'z-index': 20, 'font-weight': 'bold' },
	},
	{ selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#ffbf47' } },
	{
		selector: 'edge',
		style: {
			width: 1.5, 'line-color': BASIS_COLORS.STATED, 'target-arrow-color': BASIS_COLORS.STATED, 'target-arrow-shape': 'triangle',
			'curve-style': 'bezier', 'arrow-scale': 0.8, 'font-size': EDGE_FONT, color: '#1d2733', 'text-rotation': 'autorotate',
			...LABEL_BOX,
		},
	},
	{ selector: 'edge.labelled', style: { label: 'data(pairLabel)' } },
	{ selector: 'edge.hover, edge:selected', style: { label: 'data(label)' } },
	{ selector: 'edge.hover', style: { width: 3, 'z-index': 10 } },
	// The status by the arrowhead (STATUS_ENDS).
	{ selector: 'edge[end = "intended"]', style: { 'target-arrow-fill': 'hollow', 'arrow-scale': 1 } },
	{ selector: 'edge[end = "done"]', style: { 'target-arrow-shape': 'triangle-tee', 'arrow-scale': 1 } },
	{ selector: 'edge[end = "none"]', style: { 'target-arrow-shape': 'vee' } },
	// Planned and inferred links are told apart by line style as well as colour (the legend says which is which).
	{ selector: 'edge[basis = "PLANNED"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 4], width: 2, 'line-color': BASIS_COLORS.PLANNED, 'target-arrow-color': BASIS_COLORS.PLANNED } },
	{ selector: 'edge[basis = "INFERRED"]', style: { 'line-style': 'dotted', width: 2, 'line-color': BASIS_COLORS.INFERRED, 'target-arrow-color': BASIS_COLORS.INFERRED } },
	{ selector: 'edge:selected', style: { 'line-color': '#ffbf47', 'target-arrow-color': '#ffbf47', width: 3 } },
	{ selector: '.far', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
	{
		selector: 'node.far.center, node.far.unfolded, node.far.hover, node.far:selected, edge.far.hover, edge.far:selected',
		style: { 'text-opacity': 1, 'text-background-opacity': 0.85 },
	},
];

function filterForm(center, filter, unfolded) {
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
		// The nodes unfolded so far, also those unfolded since the view was drawn, stay unfolded.
		window.location.hash = href('network', [center], {
			kinds: values.getAll('kinds'), types: values.getAll('types'), asOf: values.get('asOf'), expand: unfolded(),
		}, lang());
	});
	return form;
}
