package org.innograph.export;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.innograph.api.ApiException;
import org.innograph.api.ErrorCode;
import org.innograph.api.ErrorCodes;
import org.innograph.api.ErrorResponses;
import org.innograph.store.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export/{format}}: the graph or a subgraph as a file download. The file is
 * built in memory before anything is sent, so a failure is an error response in the
 * service's one error shape ({@code errors[].extensions.code}), never half a file or a
 * stack trace.
 */
@RestController
class ExportController {

	private static final Logger logger = LoggerFactory.getLogger(ExportController.class);

	private final Exports exports;

	ExportController(Exports exports) {
		this.exports = exports;
	}

	@GetMapping("/export/{format}")
	ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam MultiValueMap<String, String> parameters) {
		ExportRequest request = ExportRequest.parse(ExportFormat.of(format), parameters);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		this.exports.export(request, body);
		ExportFormat chosen = request.format();
		MediaType mediaType = MediaType.parseMediaType(chosen.mediaType());
		if (chosen != ExportFormat.CSV) {
			mediaType = new MediaType(mediaType, java.nio.charset.StandardCharsets.UTF_8);
		}
		return ResponseEntity.ok()
			.contentType(mediaType)
			.header(HttpHeaders.CONTENT_DISPOSITION, ExportFileName.of(request, LocalDate.now()).contentDisposition())
			.body(body.toByteArray());
	}

	@ExceptionHandler(ApiException.class)
	ResponseEntity<Map<String, Object>> apiError(ApiException ex, HttpServletRequest request) {
		HttpStatus status = switch (ex.code()) {
			case BAD_REQUEST, LIMIT_EXCEEDED -> HttpStatus.BAD_REQUEST;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
			case SERVICE_UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
			case TIMEOUT -> HttpStatus.GATEWAY_TIMEOUT;
			// Exports are public reads: the codes of editing (credentials, conflicts) do
			// not arise here.
			default -> HttpStatus.INTERNAL_SERVER_ERROR;
		};
		return error(status, ex.code(), ex.getMessage(), request);
	}

	@ExceptionHandler(DataAccessResourceFailureException.class)
	ResponseEntity<Map<String, Object>> unavailable(DataAccessResourceFailureException ex, HttpServletRequest request) {
		logger.warn("Database unavailable during an export: {}", ex.getMessage());
		return error(HttpStatus.SERVICE_UNAVAILABLE, ErrorCode.SERVICE_UNAVAILABLE,
				"The database is not reachable right now; please try again shortly.", request);
	}

	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<Map<String, Object>> unexpected(RuntimeException ex, HttpServletRequest request) {
		if (DatabaseFailures.isRejectedBookmark(ex)) {
			return error(HttpStatus.BAD_REQUEST, ErrorCode.BAD_REQUEST, ErrorCodes.REJECTED_BOOKMARK, request);
		}
		// The read timeout stopped the export's read: at a million entities
		// the whole graph is more than one read may take. Nothing was sent.
		if (DatabaseFailures.isTimeout(ex)) {
			logger.warn("An export ran too long and was stopped");
			return error(HttpStatus.GATEWAY_TIMEOUT, ErrorCode.TIMEOUT,
					"The export ran too long and was stopped; export less of the graph (kinds, types, asOf, "
							+ "or around an entity).",
					request);
		}
		// The message stays generic; the log line (which carries the request id) has the
		// details.
		logger.error("Unexpected failure during an export", ex);
		return error(HttpStatus.INTERNAL_SERVER_ERROR, ErrorCode.INTERNAL_ERROR,
				"Internal error; quote the requestId of this error when you report it.", request);
	}

	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, ErrorCode code, String message,
			HttpServletRequest request) {
		// The one error shape of the service; the request id is set by the first filter
		// of every request.
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(ErrorResponses.body(code, message, request.getAttribute(ErrorResponses.REQUEST_ID)));
	}

}
