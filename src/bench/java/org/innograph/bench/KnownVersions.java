package org.innograph.bench;

import java.util.Collection;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * What a client of the mutation keeps to pass the version check (optimistic locking): the
 * version it last read or wrote of each entity, read afresh when it has none, and one
 * update per entity at a time, so that its own updates never race each other. The
 * application's client and the raw driver's floor keep it alike.
 */
final class KnownVersions {

	private final Map<String, Long> versions = new ConcurrentHashMap<>();

	private final Map<String, Object> locks = new ConcurrentHashMap<>();

	private final ToLongFunction<String> reader;

	/**
	 * @param reader reads an entity's current version
	 */
	KnownVersions(ToLongFunction<String> reader) {
		this.reader = reader;
	}

	/**
	 * Runs {@code update} with the version known of {@code id} and keeps the version its
	 * answer gives ({@code written}); an answer with none (the update did not apply)
	 * makes the next update read the version again.
	 */
	<T> T update(String id, LongFunction<T> update, Function<T, OptionalLong> written) {
		synchronized (this.locks.computeIfAbsent(id, (key) -> new Object())) {
			T answer = update.apply(this.versions.computeIfAbsent(id, this.reader::applyAsLong));
			OptionalLong version = written.apply(answer);
			if (version.isPresent()) {
				this.versions.put(id, version.getAsLong());
			}
			else {
				this.versions.remove(id);
			}
			return answer;
		}
	}

	/**
	 * Reads afresh the versions of {@code ids} and forgets every other: another target's
	 * updates have raised them. The runner calls it before each slice, outside the time
	 * it measures, so that a measured update is one request, as a client's is when it
	 * knows the version of what it edits from its last read or update. Read inside an
	 * update, the versions would put a read into the first update of each entity in every
	 * slice: a read the peer, whose update checks no version, never makes.
	 */
	void refresh(Collection<String> ids) {
		this.versions.clear();
		ids.forEach((id) -> this.versions.put(id, this.reader.applyAsLong(id)));
	}

}
