package com.zangsho.web.docs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Swagger UI at {@code /docs}, from the webjar packaged in the WAR (no CDN at run time), pointed at
 * the generated {@code /openapi}; {@code /} leads there. The JAX-RS application owns every path, so
 * these few static files are served here rather than by the servlet container.
 */
@Path("/")
public class DocsResource {
  private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/" + version() + "/";
  private static final Pattern FILE = Pattern.compile("[a-z0-9][a-z0-9.-]*");
  private static final Map<String, String> TYPES =
      Map.of(
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "png", "image/png",
          "map", "application/json");

  @GET
  @Operation(hidden = true)
  public Response root() {
    return Response.status(Response.Status.FOUND).location(URI.create("/docs")).build();
  }

  @GET
  @Path("docs")
  @Operation(hidden = true)
  public Response index() {
    return file(DocsResource.class.getResourceAsStream("index.html"), "text/html; charset=utf-8");
  }

  @GET
  @Path("docs/{file}")
  @Operation(hidden = true)
  public Response asset(@PathParam("file") String name) {
    int dot = name.lastIndexOf('.');
    String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1));
    if (!FILE.matcher(name).matches() || type == null) {
      throw new NotFoundException();
    }
    return file(DocsResource.class.getClassLoader().getResourceAsStream(WEBJAR + name), type);
  }

  private static Response file(InputStream content, String type) {
    if (content == null) {
      throw new NotFoundException();
    }
    // The files change only with the webjar's version, which is in no URL here: revalidate daily.
    return Response.ok(content, type).header("Cache-Control", "public, max-age=86400").build();
  }

  private static String version() {
    Properties properties = new Properties();
    try (InputStream in = DocsResource.class.getResourceAsStream("swagger-ui.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }
}
