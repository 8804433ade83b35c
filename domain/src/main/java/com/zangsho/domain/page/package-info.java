/** Page-number pagination, as every list endpoint uses it. */
package com.zangsho.domain.page;
