package com.zangsho.web.docs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Swagger UI at {@code /docs}, from the webjar packaged in the WAR (no CDN at run time), pointed at
 * the generated {@code /openapi}; {@code /} leads there.
 */
@Path("/")
public class DocsResource {
  private static final String WEBJAR = StaticFiles.webjar("swagger-ui");
  // The files change only with the webjar's version, which is in no URL here: revalidate daily.
  private static final int DAY = 86400;

  @GET
  @Operation(hidden = true)
  public Response root() {
    return Response.status(Response.Status.FOUND).location(URI.create("/docs")).build();
  }

  @GET
  @Path("docs")
  @Operation(hidden = true)
  public Response index() {
    return StaticFiles.file(
            DocsResource.class.getResourceAsStream("index.html"), "text/html; charset=utf-8", DAY)
        .build();
  }

  @GET
  @Path("docs/{file}")
  @Operation(hidden = true)
  public Response asset(@PathParam("file") String name) {
    String type = StaticFiles.typeOf(name).orElseThrow(NotFoundException::new);
    return StaticFiles.file(
            DocsResource.class.getClassLoader().getResourceAsStream(WEBJAR + name), type, DAY)
        .build();
  }
}
