/** What answers without a token: Swagger UI at {@code /docs} and {@code /health}. */
package com.zangsho.web.docs;
