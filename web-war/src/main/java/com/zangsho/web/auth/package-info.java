/** Who is calling: bearer tokens for {@code /v1}, the operator's token for {@code /admin}. */
package com.zangsho.web.auth;
