// Hash routes: every view has an address that can be shared and reloaded.
//   #/                      home
//   #/search/<text>         search results            (?kinds=ORGANIZATION,CLUSTER)
//   #/node/<id>             entity, relationship, source, fact or evidence (?highlight=<relationship id>)
//   #/network/<id>          network around an entity (?kinds=…&types=…&asOf=YYYY-MM-DD&expand=<id>,<id>)
//   #/path/<from>/<to>      paths between two entities (?maxHops=4&asOf=YYYY-MM-DD&fromText=…&toText=…: the words typed)
//   #/measures              rankings with the sources' coverage (?measure=BETWEENNESS|DEGREE|PAGE_RANK&kind=ORGANIZATION)
//   #/timeline              dated facts               (?from=…&to=…&involving=<id>&kinds=…)
//   #/source/<id>           a source document and its text (?line=763 or ?line=70-95: highlighted; &evidence=<id>: its words marked)
//   #/review                editors: sign-in, ingest a text, open a review (a token in sessionStorage, see session.js)
//   #/review/<source id>    editors: a document beside its proposals (?status=PROPOSED|ACCEPTED|…&kind=ENTITY|RELATIONSHIP|FACT)
// Every route takes ?lang=ko|en. Segments are URI-encoded; '+' is read as a space, so the permalinks
// the API writes (Java's URLEncoder) and the links this page writes (encodeURIComponent) both work.

/** The current route: {view, args, params}. */
export function parse(hash = window.location.hash) {
	let path = hash.replace(/^#/, '');
	let query = '';
	const mark = path.indexOf('?');
	if (mark >= 0) {
		query = path.slice(mark + 1);
		path = path.slice(0, mark);
	}
	const segments = path.split('/').filter((s) => s.length > 0).map(decode);
	const params = new URLSearchParams(query);
	const view = segments.length > 0 ? segments[0] : 'home';
	return { view, args: segments.slice(1), params };
}

function decode(segment) {
	try {
		return decodeURIComponent(segment.replace(/\+/g, ' '));
	}
	catch (e) {
		return segment;
	}
}

/** A hash address for a view: href('node', ['org:kaist'], {highlight: …}). Empty parameters are left out. */
export function href(view, args = [], params = {}, language = undefined) {
	let path = '#/' + (view === 'home' ? '' : view);
	for (const arg of args) {
		path += '/' + encodeURIComponent(arg);
	}
	const query = new URLSearchParams();
	for (const [key, value] of Object.entries(params)) {
		if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
			continue;
		}
		query.set(key, Array.isArray(value) ? value.join(',') : String(value));
	}
	if (language) {
		query.set('lang', language);
	}
	const text = query.toString();
	return text ? path + '?' + text : path;
}

/** A comma-separated list parameter as an array. */
export function list(params, name) {
	const value = params.get(name);
	return value ? value.split(',').map((s) => s.trim()).filter((s) => s.length > 0) : [];
}

/** The absolute address of a hash route, for citations and sharing. */
export function absolute(hashAddress) {
	return window.location.origin + window.location.pathname + hashAddress;
}

/** The same address with another interface language. */
export function withLang(hash, language) {
	const mark = hash.indexOf('?');
	const path = mark >= 0 ? hash.slice(0, mark) : (hash || '#/');
	const query = new URLSearchParams(mark >= 0 ? hash.slice(mark + 1) : '');
	query.set('lang', language);
	return path + '?' + query.toString();
}
