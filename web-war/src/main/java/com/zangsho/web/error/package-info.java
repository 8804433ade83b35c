/** Every failure becomes the contract's error body here, and only here (docs/api.md §1). */
package com.zangsho.web.error;
