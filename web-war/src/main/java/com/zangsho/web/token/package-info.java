/** {@code /v1/tokens}: the caller's tenant's tokens. */
package com.zangsho.web.token;
