// An editor's bearer token for this browser tab only: kept in sessionStorage (gone when the tab closes, never
// in the address, never in localStorage) and sent only with the GraphQL calls that need it (api.js, { auth: true }).

const KEY = 'innograph.editorToken';

/** The longest token accepted from the form: the service's are far shorter (igt_ and 43 characters). */
export const MAX_TOKEN_LENGTH = 200;

/** The token this tab signed in with, or null. */
export function token() {
	try {
		return sessionStorage.getItem(KEY);
	}
	catch (e) {
		return null;
	}
}

/**
 * A pasted token as it would be sent, or null when it cannot be one: one run of visible ASCII characters
 * (a header value may carry nothing else), at most MAX_TOKEN_LENGTH long. "Bearer " pasted with it is dropped.
 */
export function cleanToken(text) {
	const value = String(text || '').trim().replace(/^Bearer\s+/i, '');
	return /^[\x21-\x7e]{1,200}$/.test(value) ? value : null;
}

export function signIn(value) {
	try {
		sessionStorage.setItem(KEY, value);
		return true;
	}
	catch (e) {
		// Storage refused (a locked-down browser): the editor cannot stay signed in here.
		return false;
	}
}

export function signOut() {
	try {
		sessionStorage.removeItem(KEY);
	}
	catch (e) {
		// Nothing stored, nothing to clear.
	}
}

/** The end of the token, enough for its holder to recognise it, never the whole of it. */
export function tokenHint() {
	const value = token();
	return value ? '…' + value.slice(-4) : '';
}
