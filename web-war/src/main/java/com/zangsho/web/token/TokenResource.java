package com.zangsho.web.token;

import com.zangsho.application.token.TokenService;
import com.zangsho.domain.ResourceNotFoundException;
import com.zangsho.domain.tenant.Ability;
import com.zangsho.domain.tenant.TokenRequest;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.Violation;
import com.zangsho.web.api.PathIds;
import com.zangsho.web.api.schema.Bodies;
import com.zangsho.web.auth.CurrentCaller;
import com.zangsho.web.auth.RequiresAbility;
import com.zangsho.web.json.DataJson;
import com.zangsho.web.json.JsonBodies;
import com.zangsho.web.json.JsonFields;
import com.zangsho.web.write.Answer;
import com.zangsho.web.write.Writes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /v1/tokens}: the caller's tenant's tokens. */
@RequestScoped
@Path("v1/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tokens", description = "API Token 管理")
@RequiresAbility(Ability.TOKENS_MANAGE)
public class TokenResource {
  private static final String SUBJECT = "token";
  private static final Function<String, ResourceNotFoundException> NOT_FOUND =
      id -> new ResourceNotFoundException("token", id);

  @Inject TokenService tokens;
  @Inject CurrentCaller caller;
  @Inject Writes writes;

  @Operation(operationId = "listTokens", summary = "列出 Token", description = "不含 Token 明文或雜湊。")
  @APIResponseSchema(value = TokenJson.Listing.class, responseDescription = "此商家的 Token")
  @GET
  public DataJson<List<TokenJson>> list() {
    return new DataJson<>(tokens.list(caller.get()).stream().map(TokenJson::of).toList());
  }

  @Operation(
      operationId = "getCurrentToken",
      summary = "此請求的 Token",
      description =
          "帶著這個請求的 Token 自己的 id、名稱、權限與速率限制。任何 Token 都可讀取自己的(不需 tokens:manage):"
              + "用戶端(例如 /console/)據此只顯示 Token 允許的功能。")
  @APIResponseSchema(value = CurrentTokenJson.Response.class, responseDescription = "此 Token")
  @RequiresAbility(RequiresAbility.ANY_TOKEN)
  @GET
  @Path("current")
  public DataJson<CurrentTokenJson> current() {
    return new DataJson<>(CurrentTokenJson.of(caller.get()));
  }

  @Operation(operationId = "createToken", summary = "建立 Token", description = "Token 明文只在此回應出現一次。")
  @APIResponseSchema(
      value = TokenJson.Response.class,
      responseCode = "201",
      responseDescription = "已建立;token 為明文")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Bodies.Token.class)))
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(InputStream body) {
    TokenRequest request = request(JsonBodies.readObject(body));
    return writes.commit(
        "token.created",
        SUBJECT,
        () -> tokens.create(caller.get(), request),
        issued -> Answer.created(null, TokenJson.issued(issued)).about(issued.token().getId()));
  }

  @Operation(operationId = "revokeToken", summary = "撤銷 Token", description = "立即失效。")
  @APIResponse(responseCode = "204", description = "已撤銷")
  @DELETE
  @Path("{id}")
  public Response revoke(@PathParam("id") String id) {
    long tokenId = PathIds.require(id, NOT_FOUND);
    return writes.commit(
        "token.revoked",
        SUBJECT,
        () -> {
          tokens.revoke(caller.get(), tokenId);
          return tokenId;
        },
        Answer::removed);
  }

  @Operation(
      operationId = "regenerateToken",
      summary = "重新產生 Token",
      description = "舊值立即失效;新值只出現一次。")
  @APIResponseSchema(value = TokenJson.Response.class, responseDescription = "新的 token 明文")
  @POST
  @Path("{id}/regenerate")
  public Response regenerate(@PathParam("id") String id) {
    long tokenId = PathIds.require(id, NOT_FOUND);
    return writes.commit(
        "token.regenerated",
        SUBJECT,
        () -> tokens.regenerate(caller.get(), tokenId),
        issued -> Answer.ok(TokenJson.issued(issued)).about(tokenId));
  }

  private static TokenRequest request(JsonObject body) {
    List<Violation> shape = new ArrayList<>();
    JsonFields.TextValue name =
        JsonFields.text(
            TokenRequest.NAME, body.getOrDefault(TokenRequest.NAME, JsonValue.NULL), Rule.STRING);
    JsonFields.TextValue limit =
        JsonFields.text(
            TokenRequest.RATE_LIMIT,
            body.getOrDefault(TokenRequest.RATE_LIMIT, JsonValue.NULL),
            Rule.INTEGER);
    for (JsonFields.TextValue value : List.of(name, limit)) {
      if (value.wrongType() != null) {
        shape.add(value.wrongType());
      }
    }
    return new TokenRequest(
        name.text(),
        JsonFields.strings(TokenRequest.ABILITIES, body.get(TokenRequest.ABILITIES), shape),
        limit.text(),
        shape);
  }
}
