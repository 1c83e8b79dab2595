package id.kerjasama.web.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a problem where Spring MVC does not: in servlet filters, the security entry points and the servlet
 * container's own error report, in the format and encoding of every other refusal.
 */
public final class ProblemWriter {

    public static final String CONTENT_TYPE = "application/problem+json;charset=UTF-8";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemWriter() {
    }

    public static void write(HttpServletResponse response, HttpStatus status, String code, String detail) throws IOException {
        response.setStatus(status.value());
        response.setHeader(HttpHeaders.CONTENT_TYPE, CONTENT_TYPE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        byte[] body = body(status, code, detail);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** The problem type a code names, the same wherever the problem is written. */
    public static URI type(String code) {
        return URI.create("https://kerjasama.id/problems/" + code.toLowerCase().replace('_', '-'));
    }

    static byte[] body(HttpStatus status, String code, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type(code).toString());
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("code", code);
        problem.put("detail", detail);
        return JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
    }
}
