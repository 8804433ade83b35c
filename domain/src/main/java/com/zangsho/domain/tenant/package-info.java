/** Tenants (merchants) and the API tokens through which they call the API. */
package com.zangsho.domain.tenant;
