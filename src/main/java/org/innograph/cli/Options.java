package org.innograph.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} and {@code --flag} options plus the plain words, checked against what a command knows. */
public record Options(List<String> words, Map<String, String> values) {

	/** Parses {@code args}; {@code flags} take no value, {@code names} take one. */
	public static Options parse(List<String> args, Set<String> names, Set<String> flags) {
		List<String> words = new ArrayList<>();
		Map<String, String> values = new HashMap<>();
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
				values.put(name, "true");
			}
			else if (names.contains(name)) {
				if (value == null) {
					if (i + 1 >= args.size()) {
						throw new UsageException("--" + name + " needs a value");
					}
					value = args.get(++i);
				}
				values.put(name, value);
			}
			else {
				throw new UsageException("unknown option --" + name);
			}
		}
		return new Options(List.copyOf(words), Map.copyOf(values));
	}

	public String required(String name) {
		String value = this.values.get(name);
		if (value == null || value.isBlank()) {
			throw new UsageException("--" + name + " is required");
		}
		return value;
	}

	public boolean flag(String name) {
		return this.values.containsKey(name);
	}

}
