package org.innograph.api;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page (everything answered with {@code sendError}, and what no
 * handler caught) in the one error shape, instead of Spring Boot's page, which names the
 * path and, on request, more.
 */
@RestController
class ErrorPage implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		Object attribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = (attribute instanceof Integer code && code >= 400) ? code : 500;
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(ErrorResponses.body(ErrorResponses.codeOf(status), ErrorResponses.messageOf(status),
					request.getAttribute(ErrorResponses.REQUEST_ID)));
	}

}
