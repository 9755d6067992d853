package org.innograph.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs a {@link Command}: the application starts without its web server, with seed
 * loading off (a command changes only what it says it changes) and quiet logs; the
 * command runs once start-up (schema) is done; the application stops and the exit status
 * is the command's.
 */
public final class Commands {

	private static final Pattern COMMAND_WORD = Pattern.compile("^[a-z][a-z-]*$");

	private Commands() {
	}

	/**
	 * Whether the command line asks for a command rather than the server (its first word
	 * is not an option).
	 */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && COMMAND_WORD.matcher(args[0]).matches();
	}

	/**
	 * Starts the application as a command runner and runs {@code args[0]}; returns the
	 * exit status.
	 */
	public static int run(Class<?> application, String[] args, Map<String, Object> properties, PrintStream out) {
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.NONE);
		Map<String, Object> defaults = new TreeMap<>();
		defaults.put("innograph.seed.enabled", "false");
		// A free port: a command must not clash with a server's loopback Bolt port.
		defaults.put("innograph.embedded.bolt-port", "0");
		defaults.put("logging.level.root", "WARN");
		defaults.put("spring.main.banner-mode", "off");
		defaults.put("spring.main.log-startup-info", "false");
		defaults.putAll(properties);
		// As command-line properties, which win over application.yaml (whose defaults
		// would switch the
		// seed on); the words of the command itself are not given to Spring.
		String[] settings = defaults.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		try (ConfigurableApplicationContext context = app.run(settings)) {
			Map<String, Command> commands = new TreeMap<>();
			context.getBeansOfType(Command.class).values().forEach((c) -> commands.put(c.name(), c));
			Optional<Command> command = Optional.ofNullable(commands.get(args[0]));
			if (command.isEmpty()) {
				out.println((args[0].equals("help") ? "" : "Unknown command '" + args[0] + "'. ") + "Commands:");
				commands.values().forEach((c) -> out.println(c.usage().indent(2).stripTrailing()));
				return args[0].equals("help") ? 0 : 2;
			}
			List<String> rest = Arrays.asList(args).subList(1, args.length);
			try {
				return command.get().run(rest, out);
			}
			catch (UsageException ex) {
				out.println(ex.getMessage());
				out.println("Usage:");
				out.println(command.get().usage().indent(2).stripTrailing());
				return 2;
			}
			catch (IllegalArgumentException ex) {
				out.println(ex.getMessage());
				return 1;
			}
		}
		catch (Exception ex) {
			out.println(args[0] + " failed: " + ex.getMessage());
			return 1;
		}
	}

}
