package org.innograph.bench;

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

	/** Forgets every version: another target's updates have raised them. */
	void forget() {
		this.versions.clear();
	}

}
