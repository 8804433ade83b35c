package com.zangsho.web.docs;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The few static files the server shows people (Swagger UI, the console), from the WAR's classes or
 * a webjar packaged beside them: the JAX-RS application owns every path, so these are served by
 * resources rather than by the servlet container.
 */
public final class StaticFiles {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]*");
  private static final Map<String, String> TYPES =
      Map.of(
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "png", "image/png",
          "map", "application/json");
  private static final Properties WEBJARS = webjarVersions();

  private StaticFiles() {}

  /** Where a webjar's files lie in the class path, e.g. {@code webjar("echarts")}. */
  public static String webjar(String name) {
    return "META-INF/resources/webjars/" + name + "/" + WEBJARS.getProperty(name) + "/";
  }

  /**
   * The media type of a plain file name (no path), if it is one of the kinds served as an asset.
   * Pages (HTML) are not: each is served by its own resource method, with its own headers.
   */
  public static Optional<String> typeOf(String name) {
    int dot = name.lastIndexOf('.');
    return NAME.matcher(name).matches() && dot > 0
        ? Optional.ofNullable(TYPES.get(name.substring(dot + 1)))
        : Optional.empty();
  }

  /**
   * 200 with the file, or 404 when there is none.
   *
   * @param cacheSeconds how long a browser may keep it without asking again
   */
  public static Response.ResponseBuilder file(InputStream content, String type, int cacheSeconds) {
    if (content == null) {
      throw new NotFoundException();
    }
    return Response.ok(content, type).header("Cache-Control", "public, max-age=" + cacheSeconds);
  }

  private static Properties webjarVersions() {
    Properties properties = new Properties();
    try (InputStream in = StaticFiles.class.getResourceAsStream("webjars.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
