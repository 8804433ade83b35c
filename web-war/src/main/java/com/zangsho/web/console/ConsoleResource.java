package com.zangsho.web.console;

import com.zangsho.web.api.Messages;
import com.zangsho.web.docs.StaticFiles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The console at {@code /console/}: plain files from this package and ECharts from its webjar,
 * nothing from elsewhere. The page calls the {@code /v1} API itself with the token it is given, so
 * these files need none. Every answer carries a Content-Security-Policy that lets the page run its
 * own scripts and talk to this server only: no inline script, no other origin, no frames.
 */
@Path("console")
public class ConsoleResource {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  private static final String ECHARTS = StaticFiles.webjar("echarts") + "dist/echarts.min.js";
  // The console's own files have no version in their URL: a browser asks again after a few minutes.
  private static final int OWN_FILES_SECONDS = 300;
  private static final int ECHARTS_SECONDS = 86400;

  @GET
  @Operation(hidden = true)
  public Response index(@Context HttpHeaders headers) {
    // The page's language before anyone picks one: the browser's, as the API answers (zh-TW unless
    // English comes first); the page's switch overrides it.
    String lang =
        Messages.forRequest(headers).locale().equals(Locale.ENGLISH) ? "en" : "zh-Hant-TW";
    String page = read("index.html").replace("lang=\"zh-Hant-TW\"", "lang=\"" + lang + "\"");
    return secured(Response.ok(page, "text/html; charset=utf-8"))
        .header("Cache-Control", "no-cache")
        .header("Vary", HttpHeaders.ACCEPT_LANGUAGE)
        .build();
  }

  @GET
  @Path("{file}")
  @Operation(hidden = true)
  public Response file(@PathParam("file") String name) {
    if (name.equals("index.html")) {
      return Response.status(Response.Status.MOVED_PERMANENTLY)
          .location(URI.create("/console/"))
          .build();
    }
    String type = StaticFiles.typeOf(name).orElseThrow(NotFoundException::new);
    if (name.equals("echarts.min.js")) {
      return secured(
              StaticFiles.file(
                  ConsoleResource.class.getClassLoader().getResourceAsStream(ECHARTS),
                  type,
                  ECHARTS_SECONDS))
          .build();
    }
    return secured(
            StaticFiles.file(
                ConsoleResource.class.getResourceAsStream(name), type, OWN_FILES_SECONDS))
        .build();
  }

  private static Response.ResponseBuilder secured(Response.ResponseBuilder response) {
    return response
        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer");
  }

  private static String read(String name) {
    try (InputStream in = ConsoleResource.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
