package id.kerjasama.command.web;

import id.kerjasama.web.problem.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.util.regex.Pattern;

/**
 * Refuses a body larger than {@code kerjasama.api.max-body-size} with 413 before anything parses it: at once when
 * its Content-Length says so, otherwise (chunked) as soon as one byte more than the limit has arrived. A body
 * within the limit is read here and handed on from memory. The upload of a document file is left to its endpoint,
 * which streams it into the archive and counts its bytes against a limit of its own.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimit extends OncePerRequestFilter {

    private static final Pattern FILE_UPLOADS = Pattern.compile("/api/cooperations/[^/]+/documents/[^/]+/file/?");

    private final long limit;

    BodySizeLimit(@Value("${kerjasama.api.max-body-size:1MB}") DataSize maxBodySize) {
        this.limit = maxBodySize.toBytes();
    }

    /** A document file streams into the archive under its own limit, {@code kerjasama.archive.max-file-size}. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && FILE_UPLOADS.matcher(request.getRequestURI()
                .substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(response);
            return;
        }
        if (declared == 0) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE));
        if (body.length > limit) {
            refuse(response);
            return;
        }
        chain.doFilter(new Buffered(request, body), response);
    }

    private void refuse(HttpServletResponse response) throws IOException {
        // the rest of the body is not read: the connection is closed rather than drained
        response.setHeader("Connection", "close");
        ProblemWriter.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "BODY_TOO_LARGE",
                "The request body is larger than " + limit + " bytes, the most this API accepts");
    }

    private static final class Buffered extends HttpServletRequestWrapper {

        private final int length;
        private final ServletInputStream body;

        Buffered(HttpServletRequest request, byte[] bytes) {
            super(request);
            this.length = bytes.length;
            InputStream in = new ByteArrayInputStream(bytes);
            this.body = new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public int available() throws IOException {
                    return in.available();
                }

                @Override
                public boolean isFinished() {
                    try {
                        return in.available() == 0;
                    } catch (IOException e) {
                        return true;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is read already");
                }
            };
        }

        @Override
        public ServletInputStream getInputStream() {
            return body;
        }

        @Override
        public BufferedReader getReader() throws UnsupportedEncodingException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(body, encoding == null ? "UTF-8" : encoding));
        }

        @Override
        public int getContentLength() {
            return length;
        }

        @Override
        public long getContentLengthLong() {
            return length;
        }
    }
}
