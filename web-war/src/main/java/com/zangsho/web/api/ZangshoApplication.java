package com.zangsho.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/** Resources carry their full path ({@code v1/...}, {@code admin/...}) under the server root. */
@ApplicationPath("/")
@OpenAPIDefinition(
    info =
        @Info(
            title = "帳獸 Zangsho API",
            version = "1",
            description =
                "帳獸(Zangsho)營收資料 API:客戶、訂單、訂閱與訂閱事件的批次匯入與查詢。"
                    + " Customers, orders, subscriptions and subscription events: batch import"
                    + " and reads. 以 Authorize 填入 Bearer Token 後即可 Try it out。",
            license = @License(name = "Proprietary", identifier = "LicenseRef-Proprietary")),
    externalDocs =
        @ExternalDocumentation(
            description = "資料匯入指南(the import guide this API implements)",
            url = "https://developers.zangsho.com/guides/data-import"),
    servers = @Server(url = "/", description = "this server"))
public class ZangshoApplication extends Application {}
