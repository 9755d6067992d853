package org.innograph.entity;

import java.util.List;
import java.util.Map;

/**
 * Objects of another capability that {@code node(id:)} resolves too (the recorded changes
 * of editing), so that this package need not know them: each source says which ids are
 * its own by their prefix.
 */
public interface NodeSource {

	/** The id prefix of this source's objects, e.g. {@code change:}. */
	String prefix();

	/**
	 * The objects with these ids (all with this source's prefix); unknown ids are absent.
	 */
	Map<String, Object> find(List<String> ids);

}
