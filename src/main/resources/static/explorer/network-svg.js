// The network drawing as an SVG file, written from Cytoscape's positions and styles. Cytoscape.js draws on a
// canvas and only exports PNG; its SVG extension is not packaged as a WebJar, and a drawing of circles,
// lines and labels is little code. Text is set as text nodes, so names cannot inject markup.

const SVG = 'http://www.w3.org/2000/svg';

const FONT = "'Noto Sans KR', 'Noto Sans CJK KR', 'Malgun Gothic', 'Apple SD Gothic Neo', sans-serif";

function el(tag, attrs = {}, text = undefined) {
	const node = document.createElementNS(SVG, tag);
	for (const [key, value] of Object.entries(attrs)) {
		if (value !== undefined && value !== null) {
			node.setAttribute(key, String(value));
		}
	}
	if (text !== undefined) {
		node.textContent = text;
	}
	return node;
}

function round(value) {
	return Math.round(value * 10) / 10;
}

/** The drawing (every element, whatever the zoom) as the text of an SVG document with a title. */
export function networkSvg(cy, title) {
	const box = cy.elements().boundingBox({ includeLabels: true });
	const pad = 20;
	const width = Math.ceil(box.w + 2 * pad);
	const height = Math.ceil(box.h + 2 * pad);
	const svg = el('svg', {
		xmlns: SVG, width, height, viewBox: [round(box.x1 - pad), round(box.y1 - pad), width, height].join(' '),
		'font-family': FONT,
	});
	svg.appendChild(el('title', {}, title));
	svg.appendChild(el('rect', { x: round(box.x1 - pad), y: round(box.y1 - pad), width, height, fill: '#ffffff' }));
	const edges = el('g', { class: 'edges' });
	cy.edges().forEach((edge) => {
		const from = edge.source().position();
		const to = edge.target().position();
		const color = edge.style('line-color');
		const style = edge.style('line-style');
		const line = el('line', {
			x1: round(from.x), y1: round(from.y), x2: round(to.x), y2: round(to.y), stroke: color,
			'stroke-width': parseFloat(edge.style('width')) || 1.5,
			'stroke-dasharray': style === 'dashed' ? '7 4' : style === 'dotted' ? '2 3' : undefined,
			'data-id': edge.id(),
		});
		line.appendChild(el('title', {}, edge.data('label')));
		edges.appendChild(line);
		// The arrow head at the target's rim, pointing along the line.
		const angle = Math.atan2(to.y - from.y, to.x - from.x);
		const radius = edge.target().width() / 2;
		const tip = { x: to.x - radius * Math.cos(angle), y: to.y - radius * Math.sin(angle) };
		const side = (turn, length = 8) => [tip.x - length * Math.cos(angle + turn), tip.y - length * Math.sin(angle + turn)]
			.map(round).join(',');
		const head = [[round(tip.x), round(tip.y)].join(','), side(0.45), side(-0.45)].join(' ');
		// The arrowhead as drawn, which tells the link's status (network.js, STATUS_ENDS).
		const shape = edge.style('target-arrow-shape');
		if (shape === 'vee') {
			edges.appendChild(el('polyline', { points: [side(0.45), [round(tip.x), round(tip.y)].join(','), side(-0.45)].join(' '),
				fill: 'none', stroke: color, 'stroke-width': 1.5 }));
		} else {
			const hollow = edge.style('target-arrow-fill') === 'hollow';
			edges.appendChild(el('polygon', {
				points: head, fill: hollow ? '#ffffff' : color, stroke: hollow ? color : undefined, 'stroke-width': hollow ? 1.2 : undefined,
			}));
		}
		if (shape === 'triangle-tee') {
			edges.appendChild(el('polyline', { points: [side(0.9, 11), side(-0.9, 11)].join(' '), fill: 'none', stroke: color, 'stroke-width': 2 }));
		}
		if (edge.style('label')) {
			const mid = edge.midpoint();
			edges.appendChild(el('text', {
				x: round(mid.x), y: round(mid.y), 'font-size': 11, 'text-anchor': 'middle', fill: '#1d2733',
				stroke: '#ffffff', 'stroke-width': 3, 'paint-order': 'stroke',
			}, edge.style('label')));
		}
	});
	svg.appendChild(edges);
	const nodes = el('g', { class: 'nodes' });
	cy.nodes().forEach((node) => {
		const at = node.position();
		const group = el('g', { 'data-id': node.id() });
		group.appendChild(el('title', {}, node.data('full')));
		group.appendChild(el('circle', {
			cx: round(at.x), cy: round(at.y), r: round(node.width() / 2), fill: node.data('color'),
			stroke: node.hasClass('center') ? '#1d2733' : undefined, 'stroke-width': node.hasClass('center') ? 3 : undefined,
		}));
		group.appendChild(el('text', {
			x: round(at.x), y: round(at.y + node.height() / 2 + 14), 'font-size': 12, 'text-anchor': 'middle', fill: '#1d2733',
			stroke: '#ffffff', 'stroke-width': 3, 'paint-order': 'stroke',
		}, node.data('label')));
		nodes.appendChild(group);
	});
	svg.appendChild(nodes);
	return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg);
}
