/** The {@code interchange-server} command: run the server and administer its users and mail. */
package org.interchange.mapi.server.cli;
