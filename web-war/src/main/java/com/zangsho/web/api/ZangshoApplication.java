package com.zangsho.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/** Resources carry their full path ({@code v1/...}, {@code admin/...}) under the server root. */
@ApplicationPath("/")
@OpenAPIDefinition(
    info =
        @Info(
            title = "帳獸 Zangsho API",
            version = "1",
            description = "Customers, orders, subscriptions and their batch import."),
    servers = @Server(url = "/"))
public class ZangshoApplication extends Application {}
