/**
 * Tenants and the tokens that start them: operators' tenants, the bootstrap and first-start tokens.
 */
package com.zangsho.application.tenant;
