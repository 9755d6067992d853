// A small element builder: text is always set as text, never parsed as HTML.

/** h('a', {href: '#/', class: 'x'}, 'text', child, [children]) */
export function h(tag, attrs = {}, ...children) {
	const el = document.createElement(tag);
	for (const [key, value] of Object.entries(attrs || {})) {
		if (value === undefined || value === null || value === false) {
			continue;
		}
		if (key.startsWith('on') && typeof value === 'function') {
			el.addEventListener(key.slice(2).toLowerCase(), value);
		}
		else if (key === 'class') {
			el.className = value;
		}
		else if (key === 'dataset') {
			Object.assign(el.dataset, value);
		}
		else if (value === true) {
			el.setAttribute(key, '');
		}
		else {
			el.setAttribute(key, String(value));
		}
	}
	append(el, children);
	return el;
}

function append(el, children) {
	for (const child of children) {
		if (child === undefined || child === null || child === false || child === '') {
			continue;
		}
		if (Array.isArray(child)) {
			append(el, child);
		}
		else if (child instanceof Node) {
			el.appendChild(child);
		}
		else {
			el.appendChild(document.createTextNode(String(child)));
		}
	}
}

/** Replaces the children of an element. */
export function fill(el, ...children) {
	el.replaceChildren();
	append(el, children);
	return el;
}
