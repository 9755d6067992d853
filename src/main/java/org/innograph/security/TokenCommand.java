package org.innograph.security;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.innograph.cli.Command;
import org.innograph.cli.Options;
import org.innograph.cli.UsageException;

import org.springframework.stereotype.Component;

/**
 * {@code token create|revoke|list}: API tokens are managed from the command line only.
 */
@Component
class TokenCommand implements Command {

	private final ApiTokens tokens;

	TokenCommand(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	public String name() {
		return "token";
	}

	@Override
	public String usage() {
		return """
				token create --name NAME --role editor|admin   create a token and print it (shown only once)
				token revoke --name NAME                       revoke the active token(s) with this name
				token list                                     list tokens (names, roles, dates; never the tokens)""";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		Options options = Options.parse(args, Set.of("name", "role"), Set.of());
		String action = options.words().isEmpty() ? "" : options.words().get(0);
		switch (action) {
			case "create" -> {
				String token = this.tokens.create(options.required("name"), Role.parse(options.required("role")));
				out.println(token);
				return 0;
			}
			case "revoke" -> {
				int revoked = this.tokens.revoke(options.required("name"));
				out.println((revoked > 0) ? "revoked " + revoked + " token(s) named " + options.required("name")
						: "no active token named " + options.required("name"));
				return (revoked > 0) ? 0 : 1;
			}
			case "list" -> {
				for (ApiTokens.Listed token : this.tokens.list()) {
					out.println(String.join("\t", token.name(), token.role().name().toLowerCase(), token.createdAt(),
							(token.revokedAt() != null) ? "revoked " + token.revokedAt() : "active"));
				}
				return 0;
			}
			default -> throw new UsageException("token needs create, revoke or list");
		}
	}

}
