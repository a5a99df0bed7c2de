/**
 * The desktop client's JavaFX user interface, reading only the offline cache API.
 *
 * <p>The app creates one {@link org.interchange.ui.MainWindow} on the FX thread:
 * <pre>{@code
 * TaskExecutor executor = new FxTaskExecutor(backgroundExecutorService);
 * SyncStatusViewModel syncStatus = new SyncStatusViewModel(executor); // also the sync engine's SyncListener
 * MainWindow window = new MainWindow(cache, cache, H2MailCache.of(cache), executor, syncStatus);
 * window.setOnRefresh(sync::refresh);                            // F5 and the Refresh button
 * window.setLinkHandler(url -> hostServices.showDocument(url));  // links clicked in a message
 * window.show(stage);                                             // or window.root() in a scene of one's own
 * }</pre>
 * Feature packages hold a View and its ViewModel (JabRef's layout): view-models expose JavaFX
 * properties and are tested without a toolkit; views only bind to them.
 */
package org.interchange.ui;
