/** The server's settings, read once from its environment. */
package com.zangsho.application.config;
