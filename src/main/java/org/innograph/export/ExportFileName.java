package org.innograph.export;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;

/**
 * The name an export is downloaded under, saying what it holds:
 * {@code innograph-kaist-radius2-2026-11-30.graphml},
 * {@code innograph-kaist-to-jeonnam-space-launch-vehicle-2026-11-30.zip},
 * {@code innograph-organization-asof-2024-01-01-2026-11-30.gexf}. Entity ids lose their
 * kind prefix ({@code org:}); anything but ASCII letters and digits becomes a hyphen in
 * {@code filename}, and {@code filename*} (RFC 6266) keeps ids in other scripts as they
 * are.
 *
 * @param name the name, possibly with letters outside ASCII
 */
record ExportFileName(String name) {

	/**
	 * Longest part a filter adds, so that a long list of kinds keeps the name readable.
	 */
	private static final int MAX_PART = 60;

	static ExportFileName of(ExportRequest request, LocalDate day) {
		List<String> parts = new ArrayList<>(List.of("innograph"));
		if (request.neighbourhood()) {
			parts.add(entity(request.around()));
			parts.add("radius" + request.hops());
			if (!request.expand().isEmpty()) {
				parts.add("unfolded" + request.expand().size());
			}
		}
		else if (request.paths()) {
			parts.add(entity(request.from()));
			parts.add("to");
			parts.add(entity(request.to()));
		}
		else if (request.timelineItems()) {
			ExportRequest.TimelineFilter timeline = request.timeline();
			parts.add("timeline");
			if (timeline.involving() != null) {
				parts.add(entity(timeline.involving()));
			}
			if (timeline.since() != null) {
				parts.add("from-" + timeline.since());
			}
			if (timeline.until() != null) {
				parts.add("to-" + timeline.until());
			}
			if (!timeline.subjectKinds().isEmpty()) {
				parts.add(shorten(timeline.subjectKinds()
					.stream()
					.sorted()
					.map((kind) -> word(kind.apiName()))
					.collect(Collectors.joining("-"))));
			}
		}
		if (!request.projection().kinds().isEmpty()) {
			parts.add(shorten(request.projection()
				.kinds()
				.stream()
				// The projection's sets have no order; the name must not vary between
				// runs.
				.sorted()
				.map((kind) -> word(kind.apiName()))
				.collect(Collectors.joining("-"))));
		}
		if (!request.projection().types().isEmpty()) {
			parts.add(shorten(request.projection()
				.types()
				.stream()
				.sorted()
				.map((type) -> word(type.name()))
				.collect(Collectors.joining("-"))));
		}
		if (request.projection().asOf() != null) {
			parts.add("asof-" + request.projection().asOf());
		}
		parts.add(day.toString());
		return new ExportFileName(String.join("-", parts) + "." + request.format().extension());
	}

	/**
	 * The header value: attachment with an ASCII {@code filename} and, when needed,
	 * {@code filename*}.
	 */
	String contentDisposition() {
		String ascii = ascii(this.name);
		String header = ContentDisposition.attachment().filename(ascii).build().toString();
		if (ascii.equals(this.name)) {
			return header;
		}
		return header + "; filename*=UTF-8''" + rfc5987(this.name);
	}

	/**
	 * RFC 5987's value-chars: ASCII letters, digits and a few marks as they are, other
	 * bytes as %XX.
	 */
	private static String rfc5987(String value) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(String.format("%02X", (int) c));
			}
		}
		return encoded.toString();
	}

	/** An entity id without its kind prefix, in lower case, hyphens for punctuation. */
	private static String entity(String id) {
		int colon = id.indexOf(':');
		String local = (colon >= 0 && colon < id.length() - 1) ? id.substring(colon + 1) : id;
		return shorten(local.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", ""));
	}

	/** COUNCIL → council, INDUSTRIAL_COMPLEX → industrial-complex. */
	private static String word(String constant) {
		return constant.toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static String shorten(String part) {
		return (part.length() <= MAX_PART) ? part : part.substring(0, MAX_PART).replaceAll("-+$", "");
	}

	/**
	 * The name with accents dropped and other letters outside ASCII turned into hyphens.
	 */
	static String ascii(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		return plain.replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("-{2,}", "-").replaceAll("-\\.", ".");
	}

}
