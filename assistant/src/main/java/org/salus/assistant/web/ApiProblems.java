package org.salus.assistant.web;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure at the HTTP edge into RFC 9457 problem details: framework errors (bad JSON, wrong media
 * type) keep their 4xx status, typed API errors carry theirs, and anything unexpected is a 500 without a stack
 * trace or user text.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        return problem(HttpStatusCode.valueOf(e.status()), e.title(), e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (BodyTooLarge.causes(e)) {
            return tooLarge();
        }
        if (causedBy(e, org.apache.lucene.search.IndexSearcher.TooManyClauses.class)) {
            return problem(HttpStatus.BAD_REQUEST, "Query too long", "The question or query has too many distinct words.");
        }
        if (causedBy(e, org.apache.tomcat.util.http.InvalidParameterException.class)) {
            return problem(HttpStatus.BAD_REQUEST, "Bad parameters", "The parameters must be UTF-8 with valid percent-encoding.");
        }
        log.error("Unexpected error handling a request: {}", Failures.describe(e));
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "Something went wrong on our side. Please try again.");
    }

    /** Framework-raised 4xx errors: same shape, and a detail that never quotes what the client sent. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, org.springframework.http.HttpHeaders headers,
                                                             HttpStatusCode status, org.springframework.web.context.request.WebRequest request) {
        if (BodyTooLarge.causes(ex)) {
            return new ResponseEntity<>(tooLarge().getBody(), headers, HttpStatus.CONTENT_TOO_LARGE);
        }
        String title = status.value() == 400 ? "Bad request" : HttpStatus.valueOf(status.value()).getReasonPhrase();
        String detail = switch (ex) {
            case org.springframework.http.converter.HttpMessageNotReadableException e ->
                    "The body must be a JSON object with the documented fields and types.";
            case org.springframework.web.HttpMediaTypeNotSupportedException e -> "Send the body as application/json.";
            case org.springframework.web.HttpRequestMethodNotSupportedException e -> "This method is not allowed here.";
            case org.springframework.web.multipart.MaxUploadSizeExceededException e -> "The upload is too large.";
            default -> title + ".";
        };
        return new ResponseEntity<>(problem(status, title, detail).getBody(), headers, status);
    }

    private static ResponseEntity<ProblemDetail> tooLarge() {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Content Too Large", "The request body is larger than this endpoint accepts.");
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        body.setType(URI.create("about:blank"));
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
