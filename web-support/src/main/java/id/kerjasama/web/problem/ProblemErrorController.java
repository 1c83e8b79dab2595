package id.kerjasama.web.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.io.IOException;

/**
 * Replaces Spring Boot's error page: whatever the servlet container or a filter (the security firewall, for one)
 * refuses outside Spring MVC is answered as a problem too. It names the status, never the internal cause.
 */
@Controller
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        ProblemWriter.write(response, status, codeOf(status), detailOf(status));
    }

    static String codeOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "REQUEST_REJECTED";
            case INTERNAL_SERVER_ERROR -> "INTERNAL_ERROR";
            default -> status.name();
        };
    }

    static String detailOf(HttpStatus status) {
        return status == HttpStatus.BAD_REQUEST
                ? "The request was refused before it reached the API: its path, headers or encoding are not acceptable"
                : status.getReasonPhrase();
    }
}
