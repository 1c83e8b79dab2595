package id.kerjasama.query.audit;

import id.kerjasama.audit.Failure;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * An adoption that would vouch for more than events stored unchained after an intact chain: nothing is adopted.
 * Answered as its own problem ({@code 409 ADOPTION_REFUSED}, naming the cooperation and, where one was found, the
 * failure of its chain).
 */
public class AdoptionRefused extends ErrorResponseException {

    AdoptionRefused(String cooperationId, String detail, Failure failure) {
        super(HttpStatus.CONFLICT, problem(cooperationId, detail, failure), null);
    }

    private static ProblemDetail problem(String cooperationId, String detail, Failure failure) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Cooperation " + cooperationId + ": " + detail);
        problem.setType(URI.create("https://kerjasama.id/problems/adoption-refused"));
        problem.setTitle("Conflict");
        problem.setProperty("code", "ADOPTION_REFUSED");
        problem.setProperty("cooperationId", cooperationId);
        if (failure != null) {
            problem.setProperty("failure", failure);
        }
        return problem;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
