package com.zangsho.web.json;

import com.zangsho.domain.fileimport.FileImportLimits;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over 1 MiB with 413 (docs/api.md §1): at once when Content-Length says so,
 * and while reading when the body is chunked, so that nothing past the limit is ever buffered.
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class RequestBodyLimit implements ContainerRequestFilter {
  public static final long MAX_BYTES = 1024 * 1024;

  /**
   * A refused body up to this size is read to its end (and dropped) before the 413 goes out: the
   * client is still sending it, and a server that closes on a client mid-upload resets the
   * connection, so the client never reads the answer (docs/reliability.md). A larger one is cut
   * off.
   */
  static final long DRAINED_BYTES = 16 * MAX_BYTES;

  /**
   * A file handed to {@code POST /v1/imports}: the file's own limits apply as it is read (512 MiB,
   * a 413 naming them), and the form around it may add a mapping and a few fields.
   */
  static final long MAX_UPLOAD_BYTES = FileImportLimits.MAX_FILE_BYTES + MAX_BYTES;

  @Override
  public void filter(ContainerRequestContext request) {
    long limit = isFileUpload(request) ? MAX_UPLOAD_BYTES : MAX_BYTES;
    if (request.getLength() > limit) {
      if (request.getLength() <= DRAINED_BYTES) {
        drain(request.getEntityStream(), DRAINED_BYTES);
      }
      throw refusal();
    }
    if (request.hasEntity()) {
      request.setEntityStream(new LimitedStream(request.getEntityStream(), limit));
    }
  }

  private static boolean isFileUpload(ContainerRequestContext request) {
    if (!request.getMethod().equals("POST")) {
      return false;
    }
    String path = request.getUriInfo().getPath();
    int start = path.startsWith("/") ? 1 : 0;
    int end = path.endsWith("/") && path.length() > start ? path.length() - 1 : path.length();
    return path.substring(start, end).equals("v1/imports");
  }

  /** Reads and drops what is left of a body, up to {@code limit} bytes. */
  static void drain(InputStream body, long limit) {
    byte[] buffer = new byte[64 * 1024];
    try {
      for (long read = 0; read <= limit; ) {
        int n = body.read(buffer);
        if (n < 0) {
          return;
        }
        read += n;
      }
    } catch (IOException e) {
      // The client went away: nobody is left to read the answer.
    }
  }

  static WebApplicationException refusal() {
    return new WebApplicationException(413);
  }

  /** Thrown by the stream; JSON readers wrap it, {@link JsonBodies} unwraps it back into a 413. */
  static final class TooLargeException extends IOException {
    TooLargeException() {
      super("request body over " + MAX_BYTES + " bytes");
    }
  }

  private static final class LimitedStream extends FilterInputStream {
    private long remaining;

    LimitedStream(InputStream in, long limit) {
      super(in);
      this.remaining = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        consumed(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        consumed(n);
      }
      return n;
    }

    private void consumed(int n) throws TooLargeException {
      remaining -= n;
      if (remaining < 0) {
        drain(in, DRAINED_BYTES);
        throw new TooLargeException();
      }
    }
  }
}
