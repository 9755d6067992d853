package org.innograph.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A command of the jar's command line, e.g.
 * {@code token create --name alice --role editor}. Implement it as a Spring bean in the
 * package of its capability; {@link Commands} finds it by {@link #name()}.
 */
public interface Command {

	/** The first word on the command line. */
	String name();

	/** One line per form, shown by {@code help} and on a usage error. */
	String usage();

	/**
	 * Runs with the words after the name; returns the exit status (0 on success). Throw
	 * {@link UsageException} for a malformed command line.
	 */
	int run(List<String> args, PrintStream out) throws Exception;

}
