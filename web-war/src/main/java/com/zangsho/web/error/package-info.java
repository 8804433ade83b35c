/** Every failure becomes the contract's error body here, and only here (api.md §1). */
package com.zangsho.web.error;
