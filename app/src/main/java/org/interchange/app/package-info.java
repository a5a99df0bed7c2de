/** The desktop client's composition root and plugin host (ARCHITECTURE.md, module app). */
package org.interchange.app;
