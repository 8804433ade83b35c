/** A tenant's API tokens: issued, listed, revoked, regenerated (docs/api.md §2). */
package com.zangsho.application.token;
