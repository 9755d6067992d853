package org.innograph.api;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A servlet request's attributes as a map, live, as the framework's functional request
 * hands them to GraphQL (which reads them only): what the filters noted about the request
 * (its id, that it only reads, its bookmarks) is what GraphQL interceptors look up by
 * name.
 */
final class RequestAttributes extends AbstractMap<String, Object> {

	private final HttpServletRequest request;

	RequestAttributes(HttpServletRequest request) {
		this.request = request;
	}

	@Override
	public Object get(Object key) {
		return (key instanceof String name) ? this.request.getAttribute(name) : null;
	}

	@Override
	public boolean containsKey(Object key) {
		return get(key) != null;
	}

	@Override
	public Set<Entry<String, Object>> entrySet() {
		// Rarely asked for: a copy at the time of asking.
		Set<Entry<String, Object>> entries = new LinkedHashSet<>();
		for (String name : Collections.list(this.request.getAttributeNames())) {
			entries.add(new SimpleImmutableEntry<>(name, this.request.getAttribute(name)));
		}
		return entries;
	}

}
