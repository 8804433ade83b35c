/** {@code /admin/tenants}: how an operator makes a merchant and its first token. */
package com.zangsho.web.tenant;
