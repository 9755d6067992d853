package org.innograph.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code --name value} (or {@code --name=value}) and {@code --flag} options plus the
 * plain words: the one command-line parser of every command. A name given more than once
 * keeps all its values, in order.
 */
public record Options(List<String> words, Map<String, List<String>> values) {

	/**
	 * Parses {@code args}; {@code flags} take no value, {@code names} take one; any other
	 * name is refused.
	 */
	public static Options parse(List<String> args, Set<String> names, Set<String> flags) {
		return parse(args, names::contains, flags);
	}

	/**
	 * Parses {@code args} taking a value for every name that is not one of the
	 * {@code flags}, for commands whose names are open (filters) and checked by the
	 * command itself.
	 */
	public static Options parseAny(List<String> args, Set<String> flags) {
		return parse(args, (name) -> true, flags);
	}

	private static Options parse(List<String> args, Predicate<String> names, Set<String> flags) {
		List<String> words = new ArrayList<>();
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--")) {
				words.add(arg);
				continue;
			}
			String name = arg.substring(2);
			String value = null;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			if (flags.contains(name)) {
				value = "true";
			}
			else if (names.test(name)) {
				if (value == null) {
					// An option right after a name is a forgotten value, not the value.
					if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
						throw new UsageException("--" + name + " needs a value");
					}
					value = args.get(++i);
				}
			}
			else {
				throw new UsageException("unknown option --" + name);
			}
			values.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
		}
		Map<String, List<String>> frozen = new LinkedHashMap<>();
		values.forEach((name, list) -> frozen.put(name, List.copyOf(list)));
		return new Options(List.copyOf(words), Collections.unmodifiableMap(frozen));
	}

	/** The option's value (the last, if given more than once). */
	public Optional<String> value(String name) {
		List<String> given = this.values.get(name);
		return (given != null) ? Optional.of(given.get(given.size() - 1)) : Optional.empty();
	}

	/** Every value the option was given, in order; empty when it was not given. */
	public List<String> all(String name) {
		return this.values.getOrDefault(name, List.of());
	}

	public String required(String name) {
		return value(name).filter((value) -> !value.isBlank())
			.orElseThrow(() -> new UsageException("--" + name + " is required"));
	}

	public boolean flag(String name) {
		return this.values.containsKey(name);
	}

}
