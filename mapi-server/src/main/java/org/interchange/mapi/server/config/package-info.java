/** The server's configuration file: a plain {@code key = value} file, checked in full before anything starts. */
package org.interchange.mapi.server.config;
