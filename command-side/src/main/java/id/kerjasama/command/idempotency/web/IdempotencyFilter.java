package id.kerjasama.command.idempotency.web;

import id.kerjasama.command.idempotency.IdempotencyKeyInUse;
import id.kerjasama.command.idempotency.IdempotencyKeyReused;
import id.kerjasama.command.idempotency.IdempotencySettings;
import id.kerjasama.command.idempotency.IdempotentRequests;
import id.kerjasama.validation.InvalidValueException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Safe retries of commands: a command sent with an {@code Idempotency-Key} runs in one transaction with the row that
 * takes the key for its caller, inserted first, and its answer (status, body, {@code Location}, {@code ETag}) is
 * stored in that row. A retry with the same key and the same request (method, path and body) gets the stored answer
 * without running the command again, even on another instance or after a restart; with another request it is
 * {@code 422 IDEMPOTENCY_KEY_REUSED}. A concurrent duplicate waits on the row's primary key (PostgreSQL) and then
 * replays the answer, or, where the database does not wait, is {@code 409 IDEMPOTENCY_KEY_IN_USE}. A refused
 * command leaves no row, as it leaves no event, so a retry runs it again. The key never reaches the events.
 * A document file's upload is left alone: it streams far more than an answer worth storing, in no one transaction,
 * and is safe to retry as it is (the same file archived again for the same document records nothing new).
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    /** Set on an answer that was stored for an earlier request with the same key. */
    static final String REPLAYED = "Idempotent-Replayed";
    static final int MAX_LENGTH = 100;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    private final IdempotentRequests requests;
    private final TransactionTemplate transactions;
    private final HandlerExceptionResolver problems;
    private final IdempotencySettings settings;
    private final Clock clock;

    IdempotencyFilter(IdempotentRequests requests, PlatformTransactionManager transactionManager,
                      HandlerExceptionResolver problems, IdempotencySettings settings, Clock clock) {
        this.requests = requests;
        this.transactions = new TransactionTemplate(transactionManager);
        this.problems = problems;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !path.startsWith("/api/cooperations") || path.endsWith("/file") || path.endsWith("/file/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        try {
            if (!KEY.matcher(key).matches()) {
                throw new InvalidValueException(HEADER, "IDEMPOTENCY_KEY", HEADER + " must be 1 to " + MAX_LENGTH
                        + " letters, digits or . _ : - (a UUID fits)");
            }
            BufferedRequest buffered = new BufferedRequest(request);
            String fingerprint = fingerprint(request, buffered.body);
            ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
            if (ran(caller.getName(), key, fingerprint, buffered, answer, chain)) {
                answer.copyBodyToResponse();
            } else {
                replay(caller.getName(), key, fingerprint, response);
            }
        } catch (RuntimeException refusal) {
            response.reset();
            if (problems.resolveException(request, response, null, refusal) == null) {
                throw refusal;
            }
        }
    }

    /** Runs the command with the key taken in its transaction; false if the key was taken already. */
    private boolean ran(String caller, String key, String fingerprint, BufferedRequest request,
                        ContentCachingResponseWrapper answer, FilterChain chain) {
        Instant now = clock.instant();
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!claim(caller, key, fingerprint, now)) {
                status.setRollbackOnly();
                return false;
            }
            try {
                chain.doFilter(request, answer);
            } catch (IOException | ServletException e) {
                throw new IllegalStateException(e);
            }
            if (answer.getStatus() >= 200 && answer.getStatus() < 300) {
                requests.answer(caller, key, answer.getStatus(), answer.getContentType(),
                        answer.getHeader(HttpHeaders.LOCATION), answer.getHeader(HttpHeaders.ETAG),
                        answer.getContentAsByteArray());
            } else {
                // refused: no event, and no key either, so a retry runs the command again
                status.setRollbackOnly();
            }
            return true;
        }));
    }

    /** Takes the key; a database that does not wait for a concurrent holder of the key refuses at once. */
    private boolean claim(String caller, String key, String fingerprint, Instant now) {
        try {
            return requests.claim(caller, key, fingerprint, now, now.plus(settings.retention()));
        } catch (ConcurrencyFailureException busy) {
            throw new IdempotencyKeyInUse(key);
        }
    }

    private void replay(String caller, String key, String fingerprint, HttpServletResponse response) throws IOException {
        Optional<IdempotentRequests.Answer> stored = requests.answered(caller, key, clock.instant());
        IdempotentRequests.Answer answer = stored.orElseThrow(() -> new IdempotencyKeyInUse(key));
        if (!answer.fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReused(key);
        }
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, answer.etag());
        }
        response.setHeader(REPLAYED, "true");
        response.getOutputStream().write(answer.body() == null ? new byte[0] : answer.body());
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body read once, for the fingerprint, and served again to the command. */
    private static final class BufferedRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedRequest(HttpServletRequest request) throws IOException {
            super(request);
            this.body = request.getInputStream().readAllBytes();
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
