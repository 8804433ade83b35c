/** What the operator's metrics and health read of the server as a whole. */
package com.zangsho.application.operations;
