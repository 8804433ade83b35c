/** The repositories of tenants and their tokens (found by hash, never by plain value). */
package com.zangsho.persistence.tenant;
