package org.innograph.cli;

/**
 * A command line a command cannot make sense of; the message says why, the usage is
 * printed after it.
 */
public class UsageException extends RuntimeException {

	public UsageException(String message) {
		super(message);
	}

}
